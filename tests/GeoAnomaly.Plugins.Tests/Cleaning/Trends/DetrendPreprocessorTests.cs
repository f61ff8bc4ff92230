using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Plugins.Cleaning.Trends;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Trends;

public sealed class DetrendPreprocessorTests
{
    [Theory]
    [InlineData(DetrendMethod.LeastSquares, 1, 1440, 10_000_000)]
    [InlineData(DetrendMethod.LeastSquares, 4, 1440, 1_000_000)]
    [InlineData(DetrendMethod.Bisquare, 1, 240, 200_000)]
    public void Passes_the_SDK_conformance_suite(DetrendMethod method, int degree, int span, int hugeLength)
    {
        // Given: the defaults on 10 million samples; the other settings, which cost more per sample (bisquare refits
        // the whole span each time), on fewer
        var settings = new ConformanceSettings
        {
            Options = new DetrendOptions { Method = method, Degree = degree, Span = span },
            HugeLength = hugeLength,
            InvalidOptions =
            [
                (new DetrendOptions { Method = (DetrendMethod)7 }, "method"),
                (new DetrendOptions { Degree = 6 }, "degree"),
                (new DetrendOptions { Span = 7 }, "span"),
                (new DetrendOptions { Span = DetrendOptions.MaxSpan + 1 }, "span"),
                (new DetrendOptions { Span = 10, Degree = 4, RefitInterval = 5 }, "span"),
                (new DetrendOptions { RefitInterval = 0 }, "refitInterval"),
                (new DetrendOptions { Span = 100, RefitInterval = 101 }, "refitInterval"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new DetrendPreprocessor(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void A_linear_trend_plus_noise_leaves_the_noise_after_the_warm_up()
    {
        // Given: 0.002 per sample (2.88 per day) plus unit white noise, three days
        double[] noise = CleaningSignals.White(3 * 1440, seed: 61);
        double[] x = noise.Select((v, i) => 7 + (0.002 * i) + v).ToArray();
        var state = new DetrendPreprocessor().Start(new DetrendOptions(), ComponentStart.ForTesting());

        // When
        var output = CleaningRuns.Run(new DetrendPreprocessor(), x);

        // Then: after the warm-up the residual is the noise (minus the fit's small error) and the slope is the truth
        var after = Enumerable.Range(state.WarmUp, x.Length - state.WarmUp).ToList();
        double rms = Math.Sqrt(after.Average(i => Math.Pow(output.Column("value")[i] - noise[i], 2)));
        Assert.True(rms < 0.15, $"residual departs from the noise by {rms} rms");
        Assert.All(after, i => Assert.InRange(output.Column("slope")[i], 2.88 - 0.4, 2.88 + 0.4));
    }

    [Fact]
    public void A_noise_free_line_is_removed_exactly_even_between_refits()
    {
        // Given
        double[] x = Enumerable.Range(0, 4000).Select(i => -3 + (0.25 * i)).ToArray();

        // When
        var output = CleaningRuns.Run(new DetrendPreprocessor(), x, new DetrendOptions { Span = 500, RefitInterval = 97 });

        // Then: extrapolating the fitted line is exact; the slope is 0.25 × 1,440 per day
        for (int i = 250; i < x.Length; i++)
        {
            Assert.Equal(0, output.Column("value")[i], 1e-9);
            Assert.Equal(360, output.Column("slope")[i], 1e-9);
        }
    }

    [Fact]
    public void The_trend_in_force_changes_only_at_refit_samples_aligned_to_absolute_time()
    {
        // Given: a random walk starting 17 minutes past midnight, refits every 60 samples
        var random = new Random(62);
        double level = 0;
        double[] x = Enumerable.Range(0, 5000).Select(_ => level += CleaningSignals.Gaussian(random)).ToArray();
        var series = CleaningSignals.ToSeries(x, CleaningSignals.Start.AddMinutes(17));

        // When
        var output = new DetrendPreprocessor().Run(series, new DetrendOptions { Span = 600 }, cancellationToken: TestContext.Current.CancellationToken);

        // Then: the fitted line's slope is constant between refits, which fall on whole hours (sample 43, 103, ...)
        var slope = output.Column("slope");
        for (int i = 1000; i < x.Length; i++)
        {
            bool refit = (i + 17) % 60 == 0;
            Assert.True(refit || slope[i] == slope[i - 1], $"slope changed at sample {i}, not a refit");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_least_squares_trend_is_the_fit_of_the_trailing_span_made_at_the_last_refit(int degree)
    {
        // Given: a tidal record with a gap, span 600, refits every 60 samples from midnight
        double[] x = CleaningSignals.Tidal(4000, seed: 63);
        CleaningSignals.Gap(x, 2000, 100);
        var options = new DetrendOptions { Span = 600, Degree = degree };
        var fitter = new PolynomialFitter(degree, robust: false);
        double[] coefficients = new double[degree + 1];

        // When
        var trend = CleaningRuns.Column(new DetrendPreprocessor(), x, "trend", options);

        // Then: at sample i the trend is the least-squares polynomial of samples r - 599 .. r, r the last refit ≤ i,
        // read at i (the running sums agree with a direct fit to rounding)
        for (int i = 1200; i < x.Length; i += 7)
        {
            int r = i - (i % 60);
            Assert.True(fitter.Fit(x.AsSpan(r - 599, 600), 599, 600, coefficients));
            double expected = PolynomialFitter.Evaluate(coefficients, (i - r) / 600.0);
            Assert.True(Math.Abs(trend[i] - expected) <= 1e-8 * 100, $"trend at {i}: {trend[i]}, direct fit {expected}");
        }
    }

    [Fact]
    public void Is_causal_and_named_detrend()
    {
        // Given
        var component = new DetrendPreprocessor();

        // When
        var info = ((IComponent)component).Info;

        // Then
        Assert.Equal(("detrend", ProcessingMode.Causal), (info.Name, info.Mode));
    }
}
