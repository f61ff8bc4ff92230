using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests.Generation;

/// <content>Gaps, steps and injected anomalies, and the labels that describe them.</content>
public sealed partial class ChannelSynthesizerTests
{
    [Fact]
    public void Missing_fraction_is_near_the_configured_gap_fraction()
    {
        // Given
        var spec = new NetworkSpec { StationCount = 6, GapFraction = 0.03 };

        // When
        var network = SyntheticNetworkGenerator.Generate(spec);

        // Then: each channel within the documented 0.5..1.5 spread, the network mean within 15 %
        var fractions = network.Channels.Select(c => (double)c.Series.MissingCount() / c.Series.Count).ToArray();
        Assert.All(fractions, f => Assert.InRange(f, 0.4 * spec.GapFraction, 1.6 * spec.GapFraction));
        Assert.InRange(fractions.Average(), 0.85 * spec.GapFraction, 1.15 * spec.GapFraction);
    }

    [Fact]
    public void Telemetry_outages_blank_every_channel_of_a_station_at_once()
    {
        // Given
        var spec = new NetworkSpec { StationCount = 3, GapFraction = 0.03, OutageShare = 0.5, FamilyProbability = 1 };

        // When
        var network = SyntheticNetworkGenerator.Generate(spec);

        // Then: at least half the station's outage share is missing on every channel at the same samples
        foreach (var station in network.Stations)
        {
            var channels = station.Channels.Select(c => network[c.Id].Series).ToArray();
            int common = Enumerable.Range(0, channels[0].Count).Count(i => channels.All(s => double.IsNaN(s[i])));
            Assert.True(common >= 0.5 * 0.5 * spec.GapFraction * spec.SampleCount, $"{station.Code}: {common} samples missing everywhere");
        }
    }

    [Fact]
    public void Labelled_windows_and_their_margins_never_touch_a_gap()
    {
        // Given
        var spec = Specs.Busy();

        // When
        var network = SyntheticNetworkGenerator.Generate(spec);

        // Then
        int margin = (int)(spec.AnomalyMargin / spec.Step);
        Assert.Contains(network.Labels, l => l.Kind != AnomalyKind.Step);
        foreach (var label in network.Labels)
        {
            var series = network.SeriesOf(label.Channel);
            long start = series.IndexAtOrBefore(label.Start);
            long end = series.IndexAtOrBefore(label.End);
            int pad = label.Kind == AnomalyKind.Step ? 0 : margin;
            for (long i = Math.Max(0, start - pad); i < Math.Min(series.Count, end + pad); i++)
            {
                Assert.False(double.IsNaN(series[(int)i]), $"{label.Kind} on {label.Channel} at {label.Start:O} touches a gap at {series.TimeAt(i):O}");
            }
        }
    }

    [Fact]
    public void Every_kind_is_injected_and_none_on_air_pressure()
    {
        // Given
        var spec = Specs.Busy() with { StationCount = 6 };

        // When
        var network = SyntheticNetworkGenerator.Generate(spec);

        // Then
        var kinds = network.Labels.Select(l => l.Kind).ToHashSet();
        Assert.Equal([AnomalyKind.Spike, AnomalyKind.LevelShift, AnomalyKind.TrendChange, AnomalyKind.VarianceChange, AnomalyKind.Step], kinds.Order());
        Assert.DoesNotContain(network.Labels, l => l.Channel.Channel == "baro");
    }

    [Fact]
    public void Sizes_and_lengths_follow_the_documented_scale_in_units_of_the_noise_level()
    {
        // Given: noise off, so the local noise level is exactly the channel type's nominal white noise
        var types = Enum.GetValues<SyntheticChannelType>().Where(t => t != SyntheticChannelType.Radon).ToArray();
        var spec = Specs.Quiet() with { StationCount = 6, Duration = TimeSpan.FromDays(10), ChannelTypes = types, StepRate = 0.2, AnomalyRates = Specs.Busy().AnomalyRates };

        // When
        var network = SyntheticNetworkGenerator.Generate(spec);

        // Then
        Assert.True(network.Labels.Count > 100);
        foreach (var channel in network.Channels)
        {
            double sigma = ChannelTypeInfo.Of(channel.Type).WhiteNoise;
            foreach (var label in channel.Labels)
            {
                double size = Math.Abs(label.Amplitude) / sigma;
                double hours = label.Duration.TotalHours;
                switch (label.Kind)
                {
                    case AnomalyKind.Spike:
                        Assert.InRange(size, 6, 12);
                        Assert.InRange(label.Duration / spec.Step, 1, 5);
                        break;
                    case AnomalyKind.LevelShift:
                        Assert.InRange(size, 3, 8);
                        Assert.InRange(hours, 6, 72);
                        break;
                    case AnomalyKind.TrendChange:
                        Assert.InRange(size, 4, 10);
                        Assert.InRange(hours, 12, 96);
                        break;
                    case AnomalyKind.VarianceChange:
                        Assert.InRange(Math.Sqrt((size * size) + 1), 2.5, 5);
                        Assert.InRange(hours, 2, 24);
                        break;
                    default:
                        Assert.Equal(AnomalyKind.Step, label.Kind);
                        Assert.InRange(size, 10, 40);
                        break;
                }
            }
        }
    }

    [Fact]
    public void Injected_anomalies_change_the_signal_exactly_inside_their_labels()
    {
        // Given: the same network with and without anomalies (anomalies have their own random stream)
        var spec = Specs.Busy();
        var with = SyntheticNetworkGenerator.Generate(spec);

        // When
        var without = SyntheticNetworkGenerator.Generate(spec with { AnomalyRates = AnomalyRates.None });

        // Then
        Assert.Equal(with.Labels.Where(l => l.Kind == AnomalyKind.Step), without.Labels);
        for (int c = 0; c < with.Channels.Count; c++)
        {
            var a = with.Channels[c].Series;
            var b = without.Channels[c].Series;
            bool[] inside = new bool[a.Count];
            foreach (var label in with.Channels[c].Labels.Where(l => l.Kind != AnomalyKind.Step))
            {
                for (long i = a.IndexAtOrBefore(label.Start); i < a.IndexAtOrBefore(label.End); i++)
                {
                    inside[i] = true;
                }
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (inside[i])
                {
                    Assert.True(a[i] != b[i], $"{with.Channels[c].Info.Id}: sample {i} inside a label equals the anomaly-free signal");
                }
                else
                {
                    Assert.True(BitConverter.DoubleToInt64Bits(a[i]) == BitConverter.DoubleToInt64Bits(b[i]), $"{with.Channels[c].Info.Id}: sample {i} outside every label differs");
                }
            }
        }
    }

    [Fact]
    public void Steps_shift_the_rest_of_the_series_by_their_amplitude()
    {
        // Given
        var spec = Specs.Busy() with { AnomalyRates = AnomalyRates.None, GapFraction = 0 };
        var stepped = SyntheticNetworkGenerator.Generate(spec);

        // When
        var clean = SyntheticNetworkGenerator.Generate(spec with { StepRate = 0 });

        // Then
        Assert.NotEmpty(stepped.Labels);
        Assert.All(stepped.Labels, l => Assert.Equal(AnomalyKind.Step, l.Kind));
        for (int c = 0; c < stepped.Channels.Count; c++)
        {
            var a = stepped.Channels[c].Series;
            var b = clean.Channels[c].Series;
            var steps = stepped.Channels[c].Labels;
            Assert.True(steps.Count == 0 || stepped.Channels[c].Info.Kind is ChannelKind.Deformation or ChannelKind.Fluid);
            foreach (int i in new[] { 0, a.Count / 2, a.Count - 1 })
            {
                double expected = steps.Where(s => s.Start <= a.TimeAt(i)).Sum(s => s.Amplitude);
                Assert.Equal(expected, a[i] - b[i], Math.Max(1e-9, Math.Abs(b[i]) * 1e-12));
            }
        }
    }

    [Fact]
    public void Geomagnetic_anomalies_stay_clear_of_storms()
    {
        // Given
        var spec = Specs.Busy() with { StormRate = 1, ChannelTypes = [SyntheticChannelType.MagneticH, SyntheticChannelType.MagneticZ] };

        // When
        var network = SyntheticNetworkGenerator.Generate(spec);

        // Then
        Assert.NotEmpty(network.Storms);
        foreach (var label in network.Labels)
        {
            Assert.DoesNotContain(network.Storms, s => label.Start < s.Minimum + s.RecoveryTime && label.End > s.Onset);
        }
    }
}
