using GeoAnomaly.Plugins.SpectralResidual;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed class GapFillingTests
{
    [Fact]
    public void Interior_gaps_are_interpolated_and_edges_take_the_nearest_valid_value()
    {
        // Given
        double[] values = [double.NaN, double.NaN, 2, double.NaN, double.NaN, 8, 9, double.NaN];

        // When
        int valid = GapFilling.Fill(values);

        // Then
        Assert.Equal(3, valid);
        Assert.Equal([2, 2, 2, 4, 6, 8, 9, 9], values);
    }

    [Fact]
    public void An_all_missing_span_stays_missing()
    {
        // Given
        double[] values = [double.NaN, double.NaN];

        // When
        int valid = GapFilling.Fill(values);

        // Then
        Assert.Equal(0, valid);
        Assert.All(values, v => Assert.True(double.IsNaN(v)));
    }
}
