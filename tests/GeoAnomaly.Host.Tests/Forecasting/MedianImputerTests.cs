using GeoAnomaly.Host.Forecasting;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class MedianImputerTests
{
    [Fact]
    public void Missing_values_are_filled_with_each_features_training_median()
    {
        // Given: 4 rows x 3 features; feature 0 median of {1, 3, 10} = 3, feature 1 median of {2, 4} = 3, feature 2 all missing
        double nan = double.NaN;
        double[] matrix = [1, 2, nan, nan, 4, nan, 3, nan, nan, 10, nan, nan];

        // When
        double[] medians = MedianImputer.Medians(matrix, 3);
        MedianImputer.Fill(matrix, medians);

        // Then
        Assert.Equal([3.0, 3.0, 0.0], medians);
        Assert.Equal([1.0, 2, 0, 3, 4, 0, 3, 3, 0, 10, 3, 0], matrix);
    }
}
