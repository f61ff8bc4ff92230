using GeoAnomaly.Plugins.SpectralResidual;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed class RunningMedianTests
{
    [Theory]
    [InlineData(12, 2)]
    [InlineData(100, 7)]
    [InlineData(2000, 256)]
    public void Equals_sorting_every_shrinking_centred_window(int length, int halfWidth)
    {
        // Given: seeded values rounded to one decimal, so windows hold ties
        var random = new Random(length);
        double[] values = Enumerable.Range(0, length).Select(_ => Math.Round(random.NextDouble() * 10, 1)).ToArray();
        double[] result = new double[length];

        // When
        RunningMedian.Centred(values, halfWidth, result);

        // Then
        for (int i = 0; i < length; i++)
        {
            double[] window = values[Math.Max(0, i - halfWidth)..(Math.Min(length - 1, i + halfWidth) + 1)].Order().ToArray();
            int m = window.Length / 2;
            double median = window.Length % 2 == 1 ? window[m] : (window[m - 1] + window[m]) / 2;
            Assert.Equal(median, result[i]);
        }
    }

    [Fact]
    public void A_series_shorter_than_the_window_is_copied()
    {
        // Given
        double[] values = [3, 1, 2];
        double[] result = new double[3];

        // When
        RunningMedian.Centred(values, 2, result);

        // Then
        Assert.Equal(values, result);
    }
}
