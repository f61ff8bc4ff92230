using GeoAnomaly.Plugins.DailyVariation;
using GeoAnomaly.Plugins.Tests.Support.DailyVariation;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.DailyVariation;

public sealed partial class DailyVariationRemoverTests
{
    private const int Day = 1440;

    [Theory]
    [InlineData(DailyVariationLevel.Daily)]
    [InlineData(DailyVariationLevel.Trend)]
    [InlineData(DailyVariationLevel.Mean)]
    public void Harmonic_fit_equals_a_naive_least_squares_reference(DailyVariationLevel level)
    {
        // Given: generator Sq with noise, gaps and a drift of 3 nT/day; UTC days, one fit per day, no blending or weights
        var series = WithDrift(SqSignals.GeneratorSq(days: 10, range: -30, longitude: -105.236, noise: 0.5, seed: 11, gaps: 30), 3);
        var options = new DailyVariationOptions { Span = 5, Level = level, Blend = false, Robust = false, DayStartHour = 0 };
        const int Fitted = 8 * Day;

        // When
        var output = new DailyVariationRemover().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);
        var (expectedLevel, coefficients) = NaiveHarmonicFit.Fit(series, Fitted, 5, 4, level);

        // Then: level, amplitudes, phases and the curve of day 8 agree with QR on the raw design matrix
        Assert.Equal(expectedLevel, output.Column("level")[Fitted], 6);
        for (int k = 1; k <= 4; k++)
        {
            double a = coefficients[2 * (k - 1)];
            double b = coefficients[(2 * (k - 1)) + 1];
            Assert.Equal(Math.Sqrt((a * a) + (b * b)), output.Column($"S{k}_amplitude")[Fitted], 8);
            Assert.Equal(0, SqSignals.AngleDifference(Math.Atan2(b, a) * 180 / Math.PI, output.Column($"S{k}_phase")[Fitted]), 6);
        }

        for (int i = Fitted; i < Fitted + Day; i += 97)
        {
            double hours = series.TimeAt(i).UtcDateTime.TimeOfDay.TotalHours;
            double curve = 0;
            for (int k = 1; k <= 4; k++)
            {
                curve += (coefficients[2 * (k - 1)] * Math.Cos(k * 2 * Math.PI * hours / 24)) + (coefficients[(2 * (k - 1)) + 1] * Math.Sin(k * 2 * Math.PI * hours / 24));
            }

            Assert.Equal(curve, output.Column("daily")[i], 8);
        }
    }

    [Fact]
    public void Generator_Sq_harmonics_come_back_within_one_percent_and_one_degree()
    {
        // Given: the synthetic generator's Sq pulse (range -30 nT, as for H poleward of the Sq focus) at Boulder's
        // longitude, the same every day, 0.2 nT white noise and 40 gaps of up to 4 hours, over 12 days
        var series = SqSignals.GeneratorSq(days: 12, range: -30, longitude: -105.236, noise: 0.2, seed: 5, gaps: 40);
        var truth = SqSignals.GeneratorHarmonics(-30, -105.236);

        // When: defaults (7-day span, daily levels, blending, robust weights)
        var output = new DailyVariationRemover().Run(series, cancellationToken: TestContext.Current.CancellationToken);

        // Then: the fit in force at the end has the generator's amplitudes and phases, and the residual is the noise
        var log = TestContext.Current.TestOutputHelper;
        int last = series.Count - 1;
        for (int k = 1; k <= 4; k++)
        {
            double amplitude = output.Column($"S{k}_amplitude")[last];
            double phase = output.Column($"S{k}_phase")[last];
            log?.WriteLine($"S{k}: amplitude {amplitude:F4} nT (truth {truth[k - 1].Amplitude:F4}), phase {phase:F3} deg (truth {truth[k - 1].Phase:F3})");
            Assert.InRange(amplitude / truth[k - 1].Amplitude, 0.99, 1.01);
            Assert.InRange(SqSignals.AngleDifference(phase, truth[k - 1].Phase), 0, 1);
        }

        double rms = Rms(output.Primary[(series.Count - Day)..]);
        log?.WriteLine($"residual rms on the last day {rms:F3} nT (noise 0.2)");
        Assert.InRange(rms, 0.15, 0.25);
    }

    [Fact]
    public void Robust_weights_keep_a_storm_day_out_of_the_harmonics()
    {
        // Given: generator Sq (range 30 nT) and, on one day of the span, a storm-like drop of 150 nT over six hours
        // that recovers over the next twelve
        var clean = SqSignals.GeneratorSq(days: 12, range: 30, longitude: 105, noise: 0.2, seed: 3, gaps: 0);
        double[] values = clean.Values.ToArray();
        for (int i = 0; i < 18 * 60; i++)
        {
            double h = i / 60.0;
            values[(8 * Day) + 300 + i] -= 150 * (h < 6 ? h / 6 : 1 - ((h - 6) / 12));
        }

        var stormy = new Series(clean.Start, clean.Step, values);
        var truth = SqSignals.GeneratorHarmonics(30, 105);

        // When: the fit for the last day, whose 7-day span holds the storm
        double Error(bool robust)
        {
            var output = new DailyVariationRemover().Run(stormy, new DailyVariationOptions { Robust = robust }, cancellationToken: TestContext.Current.CancellationToken);
            return Math.Abs((output.Column("S1_amplitude")[^1] / truth[0].Amplitude) - 1);
        }

        double robustError = Error(robust: true);
        double plainError = Error(robust: false);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"S1 amplitude error with the storm in the span: robust {robustError:P2}, plain {plainError:P2}");
        Assert.True(robustError < 0.02, $"robust S1 amplitude is off by {robustError:P2}");
        Assert.True(plainError > 5 * robustError, $"plain least squares is off by {plainError:P2}, robust by {robustError:P2}");
    }

    [Fact]
    public void Blending_removes_the_jump_at_day_boundaries()
    {
        // Given: a daily cycle whose amplitude grows by 10 % a day
        double[] values = new double[12 * Day];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = SqSignals.Baseline + (20 * Math.Pow(1.1, i / Day) * Math.Cos((2 * Math.PI * i / Day) - 1));
        }

        var series = new Series(SqSignals.Start, TimeSpan.FromMinutes(1), values);

        // When
        double blended = LargestBoundaryJump(series, blend: true, out double blendedStep);
        double plain = LargestBoundaryJump(series, blend: false, out double plainStep);

        // Then: with blending the removed curve changes at midnight no more than within the day; without, it jumps
        TestContext.Current.TestOutputHelper?.WriteLine($"largest change of the removed curve at midnight: blended {blended:F4} nT (largest within a day {blendedStep:F4}), plain {plain:F4} nT (within {plainStep:F4})");
        Assert.True(blended <= blendedStep * 1.01, $"blended curve jumps {blended} nT at midnight, at most {blendedStep} within days");
        Assert.True(plain > 10 * plainStep, $"unblended curve jumps only {plain} nT at midnight");
    }

    private static double LargestBoundaryJump(Series series, bool blend, out double largestStep)
    {
        var output = new DailyVariationRemover().Run(series, new DailyVariationOptions { Span = 3, Blend = blend, DayStartHour = 0 }, cancellationToken: TestContext.Current.CancellationToken);
        var level = output.Column("level");
        var daily = output.Column("daily");
        double jump = 0;
        largestStep = 0;
        for (int i = 6 * Day; i < series.Count; i++)
        {
            double change = Math.Abs(level[i] + daily[i] - level[i - 1] - daily[i - 1]);
            if (i % Day == 0)
            {
                jump = Math.Max(jump, change);
            }
            else
            {
                largestStep = Math.Max(largestStep, change);
            }
        }

        return jump;
    }

    private static Series WithDrift(Series series, double perDay)
    {
        double[] values = series.Values.ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            values[i] += perDay * i / Day;
        }

        return new Series(series.Start, series.Step, values);
    }

    private static double Rms(ReadOnlySpan<double> values)
    {
        double sum = 0;
        int n = 0;
        double mean = 0;
        foreach (double v in values)
        {
            if (!double.IsNaN(v))
            {
                mean += v;
                n++;
            }
        }

        mean /= n;
        foreach (double v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += (v - mean) * (v - mean);
            }
        }

        return Math.Sqrt(sum / n);
    }
}
