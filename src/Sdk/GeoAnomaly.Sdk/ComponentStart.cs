namespace GeoAnomaly.Sdk;

/// <summary>Everything a component needs to start a state on one channel, besides its options.</summary>
/// <param name="Channel">The channel the state will process.</param>
/// <param name="Step">The channel's sampling interval.</param>
/// <param name="Context">Logging and seed.</param>
public sealed record ComponentStart(ChannelInfo Channel, TimeSpan Step, IPluginContext Context)
{
    /// <summary>Companion channels whose samples arrive in <see cref="SampleBlock.Companion"/>, in this order.</summary>
    public IReadOnlyList<ChannelInfo> Companions { get; init; } = [];

    /// <summary>A start for tests and simple use: a placeholder channel of kind <see cref="ChannelKind.Other"/>.</summary>
    /// <param name="step">Sampling interval; one minute when omitted.</param>
    /// <param name="seed">Seed for random number generators.</param>
    public static ComponentStart ForTesting(TimeSpan? step = null, int seed = 0) =>
        new(new ChannelInfo(new ChannelId("XX", "TEST", "CH"), ChannelKind.Other), step ?? TimeSpan.FromMinutes(1), new SilentContext(seed));
}
