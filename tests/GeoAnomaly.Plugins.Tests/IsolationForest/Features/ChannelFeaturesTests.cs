using GeoAnomaly.Plugins.IsolationForest.Features;

namespace GeoAnomaly.Plugins.Tests.IsolationForest.Features;

public sealed class ChannelFeaturesTests
{
    [Fact]
    public void Features_equal_their_formulas_over_the_trailing_window()
    {
        // Given: every feature, window 5, over a ramp with wiggles
        var features = new ChannelFeatures(FeatureKinds.Value | FeatureKinds.Diff | FeatureKinds.Mean | FeatureKinds.Std | FeatureKinds.Deviation, 5);
        double[] x = [.. Enumerable.Range(0, 40).Select(i => (0.3 * i) + Math.Sin(i))];
        double[] vector = new double[5];

        for (int t = 0; t < x.Length; t++)
        {
            // When
            features.Push(x[t]);
            bool written = features.TryWrite(vector);

            // Then
            Assert.Equal(t >= 4, written);
            if (written)
            {
                double[] window = x[(t - 4)..(t + 1)];
                double mean = window.Average();
                double std = Math.Sqrt(window.Sum(v => (v - mean) * (v - mean)) / 5);
                Assert.Equal(x[t], vector[0]);
                Assert.Equal(x[t] - x[t - 1], vector[1], 1e-15);
                Assert.Equal(mean, vector[2], 1e-13);
                Assert.Equal(std, vector[3], 1e-13);
                Assert.Equal(x[t] - mean, vector[4], 1e-13);
            }
        }
    }

    [Theory]
    [InlineData("value", 1)]
    [InlineData("value,diff", 2)]
    [InlineData("diff,std", 30)]
    public void A_vector_needs_its_whole_span_of_samples_present(string names, int span)
    {
        // Given: window 30; a gap at sample 100
        Assert.True(FeatureKindsParser.TryParse(names, out var kinds, out _));
        var features = new ChannelFeatures(kinds, 30);
        double[] vector = new double[features.Count];
        var written = new List<bool>();

        // When
        for (int t = 0; t < 200; t++)
        {
            features.Push(t == 100 ? double.NaN : t);
            written.Add(features.TryWrite(vector));
        }

        // Then: no vector before span samples, none from the gap until span samples after it
        Assert.Equal(span, features.Span);
        for (int t = 0; t < 200; t++)
        {
            bool expected = t >= span - 1 && (t < 100 || t >= 100 + span);
            Assert.True(expected == written[t], $"sample {t}: vector {(written[t] ? "written" : "missing")}");
        }
    }

    [Fact]
    public void The_same_window_gives_bitwise_the_same_features_whatever_came_before()
    {
        // Given: two channels, one that saw 10,007 earlier samples, fed the same last 60 samples
        var random = new Random(5);
        double[] history = [.. Enumerable.Range(0, 10_007).Select(_ => random.NextDouble() * 1e3)];
        double[] last = [.. Enumerable.Range(0, 60).Select(_ => random.NextDouble() * 1e3)];
        var kinds = FeatureKinds.Mean | FeatureKinds.Std | FeatureKinds.Deviation;
        var seasoned = new ChannelFeatures(kinds, 60);
        var fresh = new ChannelFeatures(kinds, 60);
        double[] a = new double[3];
        double[] b = new double[3];

        // When
        foreach (double v in history)
        {
            seasoned.Push(v);
        }

        foreach (double v in last)
        {
            seasoned.Push(v);
            fresh.Push(v);
        }

        // Then
        Assert.True(seasoned.TryWrite(a));
        Assert.True(fresh.TryWrite(b));
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("", "must name at least one feature")]
    [InlineData("diff,slope", "unknown feature 'slope'")]
    [InlineData("std, STD", "named twice")]
    public void Bad_feature_lists_are_explained(string text, string message)
    {
        // Given / When
        bool ok = FeatureKindsParser.TryParse(text, out _, out string error);

        // Then
        Assert.False(ok);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
