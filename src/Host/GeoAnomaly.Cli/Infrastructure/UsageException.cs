namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>A usage error (exit code 2) whose message names the option or config key at fault.</summary>
internal sealed class UsageException(string message) : Exception(message);
