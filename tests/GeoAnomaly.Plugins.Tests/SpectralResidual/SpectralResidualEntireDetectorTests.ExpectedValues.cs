using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Plugins.Tests.Support.SpectralResidual;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed partial class SpectralResidualEntireDetectorTests
{
    private const int SpikeAt = 2625;

    [Fact]
    public void The_expected_value_tracks_a_smooth_signal_through_a_spike()
    {
        // Given: a slow cycle (amplitude 10 about 100, period 500) with noise of 0.1 and one spike of 5 on a crest (ML.NET
        // withdraws alerts within 1.5 standard deviations of the batch mean, and the cycle's deviation is 7)
        var (smooth, values) = CycleWithSpike();
        var options = new SpectralResidualEntireOptions { DetectMode = SpectralResidualDetectMode.AnomalyAndExpectedValue };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: the spike alerts, and the expected value stays within 0.5 (5% of the amplitude) of the smooth signal
        // everywhere, the spike included (it is replaced by a line through its neighbours before the low-pass)
        Assert.Equal(1, output.Column("alert")[SpikeAt]);
        var expected = output.Column("expected");
        for (int i = 0; i < values.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - smooth[i]) < 0.5, $"expected {expected[i]} at {i}, smooth signal {smooth[i]}");
        }
    }

    [Fact]
    public void The_margins_bracket_the_smooth_signal_and_a_value_inside_them_is_no_anomaly()
    {
        // Given: the same series in margin mode
        var (smooth, values) = CycleWithSpike();
        var options = new SpectralResidualEntireOptions { DetectMode = SpectralResidualDetectMode.AnomalyAndMargin };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: margins (proportional to the level: about +-45 here) hold the smooth signal and the expected value;
        // away from the spike the expected value tracks the signal; the spike lies inside its margins, so margin mode
        // withdraws its alert and pulls its expected value towards it (at most 0.0436 units away), as ML.NET does
        var expected = output.Column("expected");
        var upper = output.Column("upper");
        var lower = output.Column("lower");
        for (int i = 0; i < values.Length; i++)
        {
            Assert.True(lower[i] < smooth[i] && smooth[i] < upper[i], $"margins {lower[i]}..{upper[i]} miss the signal {smooth[i]} at {i}");
            Assert.True(lower[i] < expected[i] && expected[i] < upper[i], $"margins {lower[i]}..{upper[i]} miss the expected value at {i}");
            if (Math.Abs(i - SpikeAt) > 5)
            {
                Assert.True(Math.Abs(expected[i] - smooth[i]) < 0.5, $"expected {expected[i]} at {i}, smooth signal {smooth[i]}");
            }
        }

        Assert.Equal(0, output.Column("alert")[SpikeAt]);
        double band = SensitivityMargins.Factor(93) * output.Column("unit")[SpikeAt];
        Assert.True(Math.Abs(values[SpikeAt] - expected[SpikeAt]) <= band + 1e-9);
    }

    [Fact]
    public void With_a_period_the_cycle_is_removed_and_the_spike_on_it_stands_out()
    {
        // Given: a sharp hourly cycle (a 40-minute plateau and a 20-minute trough) of amplitude 8, noise of 0.2, and a
        // spike of 2 at sample 3030 that the cycle's own edges would dwarf
        int n = 6000;
        double[] cycle = Enumerable.Range(0, n).Select(i => i % 60 < 40 ? 8.0 : 0.0).ToArray();
        double[] values = SrSignals.Plus(cycle, SrSignals.Noise(n, 4, 0.2));
        values[3030] += 2;
        var options = new SpectralResidualEntireOptions { Period = 60, DetectMode = SpectralResidualDetectMode.AnomalyAndExpectedValue };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: the spike scores highest and alerts; the expected value is the cycle (within 0.2)
        Assert.Equal(3030, SrSignals.ArgMax(output.Column("score")));
        Assert.Equal(1, output.Column("alert")[3030]);
        for (int i = 0; i < n; i++)
        {
            Assert.True(Math.Abs(output.Column("expected")[i] - cycle[i]) < 0.2, $"expected {output.Column("expected")[i]} at {i}, cycle {cycle[i]}");
        }
    }

    [Fact]
    public void Gaps_give_NaN_there_and_scores_elsewhere()
    {
        // Given: noise with a short gap, and a whole batch (2000..3999) missing
        double[] values = SrSignals.WithGap(SrSignals.WithGap(SrSignals.Noise(6000, 9, 1, 10), 500, 20), 2000, 2000);
        var options = new SpectralResidualEntireOptions { DetectMode = SpectralResidualDetectMode.AnomalyAndMargin };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        for (int k = 0; k < output.Names.Count; k++)
        {
            var column = output.Column(k);
            for (int i = 0; i < values.Length; i++)
            {
                Assert.Equal(double.IsNaN(values[i]), double.IsNaN(column[i]));
            }
        }
    }

    [Fact]
    public void A_series_shorter_than_twelve_samples_gives_NaN()
    {
        // Given: 11 samples (ML.NET throws "The input must contain no less than 12 points")
        double[] values = SrSignals.Noise(11, 1);

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.All(output.Column("score").ToArray(), s => Assert.True(double.IsNaN(s)));
    }

    [Fact]
    public void The_margin_factors_are_MLNETs_table()
    {
        // Given: anchors of ML.NET's SrCnnEntireAnomalyDetector._factors (indices 0, 25, 45, 55, 70, 93, 94, 100) and
        // its documented shape: decreasing from 532 to 0
        (int Index, double Value)[] anchors = [(0, 532.0), (25, 30.0), (45, 5.0), (55, 1.0), (70, 0.4500000000000002), (93, 0.043636363636363695), (94, 0.01200000000000001), (100, 0.0)];

        // When
        double[] factors = Enumerable.Range(0, 101).Select(SensitivityMargins.Factor).ToArray();

        // Then
        foreach (var (index, value) in anchors)
        {
            Assert.Equal(value, factors[index]);
        }

        for (int i = 1; i <= 100; i++)
        {
            Assert.True(factors[i] < factors[i - 1], $"factor {i} = {factors[i]} does not fall from {factors[i - 1]}");
        }
    }

    private static (double[] Smooth, double[] Values) CycleWithSpike()
    {
        double[] smooth = SrSignals.Sine(4000, 500, 10, 100);
        double[] values = SrSignals.Plus(smooth, SrSignals.Noise(4000, 21, 0.1));
        values[SpikeAt] += 5;
        return (smooth, values);
    }
}
