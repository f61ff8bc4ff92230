using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Generation;

namespace GeoAnomaly.Synthetic;

/// <summary>Generates a synthetic station network from a <see cref="NetworkSpec"/>, whole or one channel at a time.</summary>
/// <remarks>
/// <para>
/// The generator looks like real station data on purpose: earth tides at the true constituent frequencies on strain,
/// tilt and water level; a local-time Sq daily variation and network-wide magnetic storms on H, E, Z; synoptic
/// weather and atmospheric tides in air pressure, which wells and strainmeters respond to; drift, recharge, red and
/// white noise; gaps in runs and whole-station outages; instrument steps. Into that it injects anomalies of known
/// start, end, kind and size (<see cref="InjectedAnomaly"/>), placed clear of gaps so they are detectable.
/// </para>
/// <para>
/// Reproducible: the same spec gives the same network bit for bit, on any machine running the same .NET. Every random
/// purpose has its own stream keyed by (seed, purpose, station, channel type), so a channel does not depend on the
/// order channels are generated in, or on whether other channels exist; and switching anomalies off changes nothing
/// but the labelled windows.
/// </para>
/// <para>
/// Scale: <see cref="Generate()"/> holds everything (fine for demos and tests: 6 stations × 14 days takes well under a
/// second). For large networks use <see cref="GenerateChannel"/> or <see cref="EnumerateChannels"/>: memory is one
/// channel plus the shared network series (about 32 bytes per sample of the span), and channels may be generated on
/// several threads at once.
/// </para>
/// <list type="table">
/// <listheader><term>characteristic</term><description>value</description></listheader>
/// <item><term>cost</term><description>O(samples) per channel; about 15 floating-point operations per sample per tidal or harmonic term</description></item>
/// <item><term>thread safety</term><description>all members may be called concurrently</description></item>
/// <item><term>NaN</term><description>gaps only; labels never overlap a gap</description></item>
/// </list>
/// </remarks>
internal sealed class SyntheticNetworkGenerator
{
    private readonly NetworkContext _context;
    private readonly NetworkLayout _layout;

    /// <summary>Validates <paramref name="spec"/> and lays out its stations (cheap; no series are generated yet).</summary>
    /// <param name="spec">The network to generate.</param>
    /// <exception cref="OptionsException">The spec is invalid, or a precursor is on a channel the network does not have; the exception lists every problem, each naming its option.</exception>
    public SyntheticNetworkGenerator(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.ThrowIfInvalid();
        Spec = spec;
        _context = new NetworkContext(spec);
        _layout = NetworkLayout.Build(spec, _context.Axis);
        var known = _layout.Stations.SelectMany(s => s.Channels).Select(c => c.Id).ToHashSet();
        var unknown = spec.Precursors.Select((p, i) => (p.Channel, i)).Where(x => !known.Contains(x.Channel)).ToList();
        if (unknown.Count > 0)
        {
            throw new OptionsException(
                "synthetic network",
                [.. unknown.Select(x => OptionError.For(nameof(NetworkSpec.Precursors), $"precursor {x.i} is on channel {x.Channel}, which the network does not have"))]);
        }
    }

    /// <summary>The spec.</summary>
    public NetworkSpec Spec { get; }

    /// <summary>The stations, with their channels (metadata only).</summary>
    public IReadOnlyList<SyntheticStation> Stations => _layout.Stations;

    /// <summary>The network's magnetic storms (unlabelled space weather, common to every station).</summary>
    public IReadOnlyList<MagneticStorm> Storms => _context.Storms;

    /// <summary>Samples per channel.</summary>
    public int SampleCount => _context.Axis.Count;

    /// <summary>Total number of channels over all stations.</summary>
    public int ChannelCount => _layout.Stations.Sum(s => s.Channels.Count);

    /// <summary>Generates a whole network in memory (the simple entry point).</summary>
    /// <param name="spec">The network to generate.</param>
    /// <exception cref="OptionsException">The spec is invalid.</exception>
    public static SyntheticNetwork Generate(NetworkSpec spec) => new SyntheticNetworkGenerator(spec).Generate();

    /// <summary>Generates one channel: its series and its labels.</summary>
    /// <param name="stationIndex">Index into <see cref="Stations"/>.</param>
    /// <param name="channelIndex">Index into that station's channels.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public SyntheticChannel GenerateChannel(int stationIndex, int channelIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stationIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(stationIndex, _layout.Stations.Count);
        var station = _layout.Stations[stationIndex];
        ArgumentOutOfRangeException.ThrowIfNegative(channelIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channelIndex, station.Channels.Count);
        return ChannelSynthesizer.Build(_context, station, _layout.Models[stationIndex], channelIndex);
    }

    /// <summary>Generates every channel of one station, in channel-index order.</summary>
    /// <param name="stationIndex">Index into <see cref="Stations"/>.</param>
    public IReadOnlyList<SyntheticChannel> GenerateStation(int stationIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stationIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(stationIndex, _layout.Stations.Count);
        int count = _layout.Stations[stationIndex].Channels.Count;
        var channels = new SyntheticChannel[count];
        for (int c = 0; c < count; c++)
        {
            channels[c] = GenerateChannel(stationIndex, c);
        }

        return channels;
    }

    /// <summary>Generates channels one at a time, station by station, without holding earlier ones.</summary>
    /// <param name="cancellationToken">Stops between channels.</param>
    public IEnumerable<SyntheticChannel> EnumerateChannels(CancellationToken cancellationToken = default)
    {
        for (int s = 0; s < _layout.Stations.Count; s++)
        {
            for (int c = 0; c < _layout.Stations[s].Channels.Count; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return GenerateChannel(s, c);
            }
        }
    }

    /// <summary>Generates the whole network in memory.</summary>
    public SyntheticNetwork Generate()
    {
        var channels = new SyntheticChannel[ChannelCount];
        var offsets = new List<(int Station, int Channel, int Slot)>();
        int slot = 0;
        for (int s = 0; s < _layout.Stations.Count; s++)
        {
            for (int c = 0; c < _layout.Stations[s].Channels.Count; c++)
            {
                offsets.Add((s, c, slot++));
            }
        }

        Parallel.ForEach(offsets, o => channels[o.Slot] = GenerateChannel(o.Station, o.Channel));
        return new SyntheticNetwork(Spec, _layout.Stations, channels, _context.Storms);
    }
}
