using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Missions;

/// <summary>Reads a mission kind from the words for it, and names it for people.</summary>
public static class MissionKinds
{
    /// <summary>"Embassy", "consulates–general", "High Commission", "honorary consulate" → the kind.</summary>
    public static MissionKind Of(string words)
    {
        var w = words.ToLowerInvariant();
        return w switch
        {
            _ when w.StartsWith("embass", StringComparison.Ordinal) || w.StartsWith("high", StringComparison.Ordinal) => MissionKind.Embassy,
            _ when w.StartsWith("honorary", StringComparison.Ordinal) => MissionKind.HonoraryConsulate,
            _ when w.Contains("office", StringComparison.Ordinal) => MissionKind.RepresentativeOffice,
            _ when w.Contains("general", StringComparison.Ordinal) => MissionKind.ConsulateGeneral,
            _ => MissionKind.Consulate,
        };
    }

    public static string Label(MissionKind kind) => kind switch
    {
        MissionKind.Embassy => "embassy",
        MissionKind.ConsulateGeneral => "consulate-general",
        MissionKind.Consulate => "consulate",
        MissionKind.HonoraryConsulate => "honorary consulate",
        _ => "representative office",
    };
}
