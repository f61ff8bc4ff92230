using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Numerics;

public sealed class SelectionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(1001)]
    public void Select_returns_the_order_statistic_of_sorting(int length)
    {
        // Given: values with many repeats
        var random = new Random(length);
        double[] values = Enumerable.Range(0, length).Select(_ => (double)random.Next(20)).ToArray();
        double[] sorted = values.Order().ToArray();

        foreach (int rank in new[] { 0, length / 3, length / 2, length - 1 })
        {
            // When
            double selected = Selection.Select((double[])values.Clone(), rank);

            // Then
            Assert.Equal(sorted[rank], selected);
        }
    }

    [Fact]
    public void Median_and_MAD_scale_follow_their_definitions()
    {
        // Given: 1..6 (median 3.5; absolute deviations 2.5 1.5 0.5 0.5 1.5 2.5, median 1.5)
        double[] values = [6, 1, 5, 2, 4, 3];

        // When
        double median = Selection.Median((double[])values.Clone());
        double scale = Selection.MadScale((double[])values.Clone(), median);

        // Then
        Assert.Equal(3.5, median);
        Assert.Equal(1.4826 * 1.5, scale, 1e-12);
        Assert.True(double.IsNaN(Selection.Median([])));
    }
}
