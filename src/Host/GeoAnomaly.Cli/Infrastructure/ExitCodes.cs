namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>Exit codes of every command (DESIGN.md, command line).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad data, an unreachable or rejecting server, a failed plugin run.</summary>
    public const int DataError = 1;

    /// <summary>Unknown option or command, a missing or invalid value, a bad config file.</summary>
    public const int UsageError = 2;
}
