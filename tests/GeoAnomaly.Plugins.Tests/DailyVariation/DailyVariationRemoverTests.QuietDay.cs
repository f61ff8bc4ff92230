using GeoAnomaly.Plugins.DailyVariation;
using GeoAnomaly.Plugins.Tests.Support.DailyVariation;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.DailyVariation;

public sealed partial class DailyVariationRemoverTests
{
    [Fact]
    public void Quiet_day_curve_is_the_quietest_day_of_the_span_without_its_level()
    {
        // Given: five days of the same cycle, each with its own level and a disturbance of its own size; day 3 has
        // the smallest (so the smallest range) and a six-hour gap
        var random = new Random(17);
        double[] disturbance = [6, 4, 5, 0.5, 3];
        double[] values = new double[6 * Day];
        for (int i = 0; i < values.Length; i++)
        {
            int d = Math.Min(i / Day, 4);
            double cycle = 15 * Math.Cos((2 * Math.PI * i / Day) - 2);
            values[i] = SqSignals.Baseline + (10 * d) + cycle + (disturbance[d] * Math.Sin(i / 7.0)) + (0.01 * random.NextDouble());
        }

        for (int i = (3 * Day) + 100; i < (3 * Day) + 460; i++)
        {
            values[i] = double.NaN;
        }

        var series = new Series(SqSignals.Start, TimeSpan.FromMinutes(1), values);
        var options = new DailyVariationOptions { Method = DailyVariationMethod.QuietDay, Span = 5, QuietDays = 1, Smoothing = 0, Blend = false, DayStartHour = 0 };

        // When
        var output = new DailyVariationRemover().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: on day 5 the removed curve is day 3 minus its mean (its gap bridged linearly), the level day 3's mean
        var quiet = values[(3 * Day)..(4 * Day)];
        double mean = quiet.Where(v => !double.IsNaN(v)).Average();
        Assert.Equal(mean, output.Column("level")[5 * Day], 9);
        for (int s = 0; s < Day; s += 13)
        {
            if (!double.IsNaN(quiet[s]))
            {
                Assert.Equal(quiet[s] - mean, output.Column("daily")[(5 * Day) + s], 9);
            }
        }

        double before = quiet[99] - mean;
        double after = quiet[460] - mean;
        Assert.Equal(before + ((after - before) * 181 / 361), output.Column("daily")[(5 * Day) + 280], 9);
    }
}
