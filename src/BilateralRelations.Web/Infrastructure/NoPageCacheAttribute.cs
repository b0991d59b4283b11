namespace BilateralRelations.Web.Infrastructure;

/// <summary>An action whose answers are never kept by <see cref="PageCacheMiddleware"/> (full downloads).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoPageCacheAttribute : Attribute;
