using GeoAnomaly.Plugins.DailyVariation;

namespace GeoAnomaly.Plugins.Tests.DailyVariation;

public sealed class QuietDayCurveTests
{
    [Fact]
    public void Gaps_are_filled_linearly_between_neighbours_around_the_end_of_the_day()
    {
        // Given: valid entries at 1 (value 10) and 4 (value 40) of six; the rest of the day is missing
        double[] curve = [double.NaN, 10, double.NaN, double.NaN, 40, double.NaN];

        // When
        QuietDayCurve.FillGaps(curve);

        // Then: 2, 3 lie on the line from 10 to 40; 5, 0 on the line from 40 back to 10 across midnight
        Assert.Equal([20, 10, 20, 30, 40, 30], curve, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void A_single_valid_entry_fills_the_whole_curve()
    {
        // Given
        double[] curve = [double.NaN, double.NaN, 7, double.NaN];

        // When
        QuietDayCurve.FillGaps(curve);

        // Then
        Assert.All(curve, v => Assert.Equal(7, v));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(700)]
    public void Smoothing_equals_a_naive_circular_running_mean(int halfWidth)
    {
        // Given
        var random = new Random(halfWidth);
        double[] curve = [.. Enumerable.Range(0, 1440).Select(_ => random.NextDouble() * 10)];
        double[] expected = new double[curve.Length];
        int m = Math.Min(halfWidth, (curve.Length - 1) / 2);
        for (int s = 0; s < curve.Length; s++)
        {
            double sum = 0;
            for (int j = -m; j <= m; j++)
            {
                sum += curve[((s + j) % curve.Length + curve.Length) % curve.Length];
            }

            expected[s] = sum / ((2 * m) + 1);
        }

        // When
        QuietDayCurve.Smooth(curve, halfWidth, new double[curve.Length]);

        // Then
        Assert.Equal(expected, curve, (a, b) => Math.Abs(a - b) < 1e-9);
    }
}
