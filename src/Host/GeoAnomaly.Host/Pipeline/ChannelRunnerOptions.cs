namespace GeoAnomaly.Host.Pipeline;

/// <summary>How <see cref="ChannelRunner"/> spreads work.</summary>
internal sealed record ChannelRunnerOptions
{
    /// <summary>Defaults, used by the record and by the command-line help.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Seed"/>: 0.</summary>
        public const int Seed = 0;

        /// <summary>Default <see cref="MaxDegreeOfParallelism"/>: the processor count.</summary>
        public static int MaxDegreeOfParallelism => Environment.ProcessorCount;
    }

    /// <summary>Channels processed at once; default <see cref="Environment.ProcessorCount"/>. Components of one channel run one after another.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Defaults.MaxDegreeOfParallelism;

    /// <summary>Seed handed to every state's context; the same seed gives the same outputs. Default 0.</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Returns every problem, each naming the option.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxDegreeOfParallelism < 1)
        {
            yield return $"parallelism: must be at least 1, got {MaxDegreeOfParallelism}";
        }
    }
}
