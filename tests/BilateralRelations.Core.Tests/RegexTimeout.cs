using System.Runtime.CompilerServices;

namespace BilateralRelations.Core.Tests;

/// <summary>As the site does: a pattern that backtracks without end fails the test instead of hanging the run.</summary>
internal static class RegexTimeout
{
    [ModuleInitializer]
    internal static void Set() => AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(5));
}
