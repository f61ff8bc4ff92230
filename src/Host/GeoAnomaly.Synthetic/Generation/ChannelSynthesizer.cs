using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Anomalies;
using GeoAnomaly.Synthetic.Defects;
using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Generation;

/// <summary>Builds one channel: signal, noise, instrument steps, injected anomalies, gaps.</summary>
/// <remarks>
/// <para>The order is fixed, and each stage draws from its own random stream:</para>
/// <list type="number">
/// <item>signal: the physics of the channel type (<c>ChannelSynthesizer.Signals.cs</c>);</item>
/// <item>noise: white + red at the channel's levels, plus the network's external disturbance on geomagnetic channels;
/// kept apart to measure the local noise level σ;</item>
/// <item>gaps: station outages ∪ channel gaps (<see cref="GapModel"/>), decided now but applied last; each station's
/// outages take 0.5..1.5 × its share of the gap fraction and each channel's own gaps 0.5..1.5 × the rest, so channels
/// differ as real ones do while the network average stays at the configured fraction;</item>
/// <item>steps: instrument offsets on deformation and fluid channels (<see cref="InstrumentSteps"/>), labelled Step;</item>
/// <item>anomalies: <see cref="AnomalyInjector"/>, clear of gaps, steps and (geomagnetic channels) storms;</item>
/// <item>precursors planned from an earthquake catalog (<see cref="NetworkSpec.Precursors"/>), where they were planned,
/// from their own stream; they may overlap gaps (those samples stay missing) and other anomalies;</item>
/// <item>gaps become NaN.</item>
/// </list>
/// <para>
/// Values are signal[i] + noise[i] (+ steps) (+ anomalies), in that order, so a network generated with anomaly rates
/// of zero equals this one bit for bit outside the labelled windows.
/// </para>
/// </remarks>
internal static partial class ChannelSynthesizer
{
    /// <summary>Generates channel <paramref name="channelIndex"/> of <paramref name="station"/>.</summary>
    /// <param name="context">The network's shared parts.</param>
    /// <param name="station">The station record.</param>
    /// <param name="model">The station's parameters.</param>
    /// <param name="channelIndex">Index into the station's channels.</param>
    public static SyntheticChannel Build(NetworkContext context, SyntheticStation station, StationModel model, int channelIndex)
    {
        var spec = context.Spec;
        var axis = context.Axis;
        var type = station.ChannelTypes[channelIndex];
        var info = ChannelTypeInfo.Of(type);
        var channel = station.Channels[channelIndex];
        int n = axis.Count;
        var parameters = SeededRandom.For(spec.Seed, RandomStream.ChannelParameters, station.Index, (int)type);

        double unit = info.RelativeNoise ? model.Radon : 1.0;
        double nominalWhite = info.WhiteNoise * unit;
        double noiseScale = spec.Noise.For(info.Kind);
        double white = nominalWhite * parameters.Uniform(0.7, 1.3) * noiseScale;
        double red = info.RedNoise * unit * parameters.Uniform(0.7, 1.3) * noiseScale;

        double[] values = new double[n];
        var signalTruth = AddSignal(values, context, model, type, parameters);

        double[] noise = new double[n];
        var noiseRandom = SeededRandom.For(spec.Seed, RandomStream.Noise, station.Index, (int)type);
        Noise.AddWhite(noise, white, noiseRandom);
        Noise.AddRed(noise, red, info.RedNoiseTime, axis.Step, noiseRandom);
        if (info.Kind == ChannelKind.Electromagnetic && noiseScale > 0)
        {
            AddDisturbance(noise, context, model, type, noiseScale);
        }

        for (int i = 0; i < n; i++)
        {
            values[i] += noise[i];
        }

        bool[] gaps = Gaps(context, station.Index, type);
        var labels = new List<InjectedAnomaly>();
        bool[] blocked = (bool[])gaps.Clone();
        int halfWindow = axis.Samples(LocalNoise.HalfWindow);
        if (info.CarriesSteps && spec.StepRate > 0)
        {
            var steps = InstrumentSteps.Draw(SeededRandom.For(spec.Seed, RandomStream.Steps, station.Index, (int)type), gaps, spec.StepRate * axis.Days);
            foreach (var (index, sigmas) in steps)
            {
                double offset = sigmas * LocalNoise.Sigma(noise, index, halfWindow, nominalWhite);
                for (int i = index; i < n; i++)
                {
                    values[i] += offset;
                }

                blocked[index] = true;
                labels.Add(new InjectedAnomaly(channel.Id, axis.TimeAt(index), axis.TimeAt(index + 1), AnomalyKind.Step, offset));
            }
        }

        if (info.CarriesAnomalies)
        {
            if (info.Kind == ChannelKind.Electromagnetic)
            {
                BlockStorms(blocked, context);
            }

            int margin = (int)(spec.AnomalyMargin.Ticks / axis.Step.Ticks);
            var random = SeededRandom.For(spec.Seed, RandomStream.Anomalies, station.Index, (int)type);
            labels.AddRange(AnomalyInjector.Inject(values, noise, blocked, nominalWhite, spec.AnomalyRates, margin, axis, channel.Id, random));
        }

        AddPrecursors(values, noise, nominalWhite, context, station.Index, type, channel.Id, labels);
        for (int i = 0; i < n; i++)
        {
            if (gaps[i])
            {
                values[i] = double.NaN;
            }
        }

        labels.Sort((a, b) => a.Start.CompareTo(b.Start));
        var truth = signalTruth with { WhiteNoise = white, RedNoise = red };
        return new SyntheticChannel(channel, type, new Series(axis.Start, axis.Step, values), labels, truth);
    }

    private static void AddPrecursors(
        double[] values,
        double[] noise,
        double sigmaFloor,
        NetworkContext context,
        int station,
        SyntheticChannelType type,
        ChannelId channel,
        List<InjectedAnomaly> labels)
    {
        var axis = context.Axis;
        SeededRandom? random = null;
        foreach (var planned in context.Spec.Precursors)
        {
            if (planned.Channel != channel)
            {
                continue;
            }

            // Only the part inside the series is added; a precursor wholly outside it touches no sample.
            long from = Math.Max(0, axis.IndexAtOrAfter(planned.Start));
            long to = Math.Min(axis.Count, axis.IndexAtOrAfter(planned.End));
            if (to - from < (planned.Kind == AnomalyKind.TrendChange ? 2 : 1))
            {
                continue;
            }

            random ??= SeededRandom.For(context.Spec.Seed, RandomStream.Precursors, station, (int)type);
            labels.Add(AnomalyInjector.InjectAt(values, noise, (int)from, (int)(to - from), planned.Kind, planned.Size, sigmaFloor, axis, channel, random));
        }
    }

    private static bool[] Gaps(NetworkContext context, int station, SyntheticChannelType type)
    {
        var spec = context.Spec;
        var axis = context.Axis;
        bool[] gaps = new bool[axis.Count];
        double median = (double)spec.GapMedianLength.Ticks / axis.Step.Ticks;
        int longest = (int)Math.Min(int.MaxValue, spec.GapMaxLength.Ticks / axis.Step.Ticks);
        var outages = SeededRandom.For(spec.Seed, RandomStream.Outages, station);
        double outageFraction = spec.GapFraction * spec.OutageShare * outages.Uniform(0.5, 1.5);
        GapModel.Mark(gaps, outageFraction, median, spec.GapLengthSpread, longest, outages);
        var own = SeededRandom.For(spec.Seed, RandomStream.Gaps, station, (int)type);
        double ownFraction = spec.GapFraction * (1 - spec.OutageShare) * own.Uniform(0.5, 1.5);
        GapModel.Mark(gaps, ownFraction, median, spec.GapLengthSpread, longest, own);
        return gaps;
    }

    private static void BlockStorms(Span<bool> blocked, NetworkContext context)
    {
        var axis = context.Axis;
        foreach (var storm in context.Storms)
        {
            long from = Math.Max(0, axis.IndexAtOrAfter(storm.Onset));
            long to = Math.Min(axis.Count, axis.IndexAtOrAfter(storm.Minimum + storm.RecoveryTime));
            for (long i = from; i < to; i++)
            {
                blocked[(int)i] = true;
            }
        }
    }
}
