namespace GeoAnomaly.Host.Plugins;

/// <summary>How <see cref="PluginGuard"/> bounds calls into plugins.</summary>
internal sealed record PluginGuardOptions
{
    /// <summary>Defaults, used by the record and by the command-line help.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="CallTimeout"/>: 60 seconds.</summary>
        public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>
    /// The longest one guarded call may take: one <c>Start</c>, one <c>Process</c> over a channel's whole series (or one
    /// chunk of it in streaming mode), one <c>Validate</c>. Default 60 s, enough for a year of minute samples with the
    /// heaviest built-in detector on one core; <see cref="Timeout.InfiniteTimeSpan"/> disables the bound.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = Defaults.CallTimeout;

    /// <summary>Returns every problem, each naming the option.</summary>
    public IEnumerable<string> Validate()
    {
        if (CallTimeout <= TimeSpan.Zero && CallTimeout != Timeout.InfiniteTimeSpan)
        {
            yield return $"plugin-timeout: must be positive, got {CallTimeout}";
        }
    }
}
