using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Anomalies;
using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Anomalies;

public sealed class AnomalyInjectorTests
{
    private static readonly TimeAxis s_axis = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), 10 * 1440);
    private static readonly ChannelId s_channel = new("SY", "SAA", "strain");

    [Fact]
    public void Anomalies_only_land_in_the_free_stretch_with_their_margin()
    {
        // Given: everything blocked except days 4..6
        double[] values = new double[s_axis.Count];
        double[] noise = new double[s_axis.Count];
        bool[] blocked = new bool[s_axis.Count];
        blocked.AsSpan().Fill(true);
        blocked.AsSpan(4 * 1440, 2 * 1440).Clear();

        // When
        var labels = AnomalyInjector.Inject(values, noise, blocked, 1.0, new AnomalyRates(2, 0, 0, 1), margin: 60, s_axis, s_channel, new SeededRandom(2));

        // Then
        Assert.NotEmpty(labels);
        Assert.All(labels, l =>
        {
            Assert.True(l.Start >= s_axis.TimeAt((4 * 1440) + 60), $"{l.Kind} at {l.Start:O}");
            Assert.True(l.End <= s_axis.TimeAt((6 * 1440) - 60), $"{l.Kind} ends {l.End:O}");
        });
        for (int i = 0; i < values.Length; i++)
        {
            bool inside = labels.Any(l => s_axis.TimeAt(i) >= l.Start && s_axis.TimeAt(i) < l.End);
            Assert.Equal(inside, values[i] != 0);
        }
    }

    [Fact]
    public void Sizes_are_in_units_of_the_local_noise_level()
    {
        // Given: noise alternating ±3 (standard deviation 3) and a floor of 1
        double[] values = new double[s_axis.Count];
        double[] noise = [.. Enumerable.Range(0, s_axis.Count).Select(i => i % 2 == 0 ? 3.0 : -3.0)];
        bool[] blocked = new bool[s_axis.Count];

        // When
        var labels = AnomalyInjector.Inject(values, noise, blocked, 1.0, new AnomalyRates(1, 1, 0, 0), margin: 60, s_axis, s_channel, new SeededRandom(4));

        // Then
        Assert.All(labels.Where(l => l.Kind == AnomalyKind.Spike), l => Assert.InRange(Math.Abs(l.Amplitude), 6 * 3 * 0.999, 12 * 3 * 1.001));
        Assert.All(labels.Where(l => l.Kind == AnomalyKind.LevelShift), l => Assert.InRange(Math.Abs(l.Amplitude), 3 * 3 * 0.999, 8 * 3 * 1.001));
        Assert.Contains(labels, l => l.Kind == AnomalyKind.LevelShift);
    }

    [Fact]
    public void A_fully_blocked_channel_gets_no_anomalies()
    {
        // Given
        double[] values = new double[s_axis.Count];
        bool[] blocked = [.. Enumerable.Repeat(true, s_axis.Count)];

        // When
        var labels = AnomalyInjector.Inject(values, new double[s_axis.Count], blocked, 1.0, new AnomalyRates(5, 5, 5, 5), 60, s_axis, s_channel, new SeededRandom(1));

        // Then
        Assert.Empty(labels);
        Assert.All(values, v => Assert.Equal(0, v));
    }
}
