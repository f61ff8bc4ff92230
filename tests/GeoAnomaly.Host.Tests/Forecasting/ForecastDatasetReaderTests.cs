using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class ForecastDatasetReaderTests : IDisposable
{
    private const string Header = "cell,cell_lat_deg,cell_lon_deg,issue_time_utc,pa_b [1],anomaly_count_7d,label_7d,first_target_7d_utc,label_30d,first_target_30d_utc";
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-dataset-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_dataset_is_read_for_the_chosen_horizon_with_units_stripped_and_missing_values_as_NaN()
    {
        // Given
        string path = Write(
            "a,35,140,2001-01-01T00:00:00Z,1.1,,0,,1,2001-01-20T00:00:00.000Z",
            "a,35,140,2001-01-08T00:00:00Z,,2,1,2001-01-10T03:00:00.000Z,1,2001-01-10T03:00:00.000Z",
            "a,35,140,2001-01-15T00:00:00Z,0.9,0,0,,1,2001-01-20T00:00:00.000Z");

        // When
        var dataset = ForecastDatasetReader.Read(path, 7);

        // Then
        Assert.Equal(["pa_b", "anomaly_count_7d"], dataset.Features);
        Assert.Equal(3, dataset.Count);
        Assert.Equal([false, true, false], dataset.Labels([0, 1, 2]));
        Assert.True(double.IsNaN(dataset[0, 1]));
        Assert.Equal(2, dataset[1, 1]);
        Assert.Equal([0], dataset.FeatureIndices(FeatureSet.Seismicity));
        Assert.Equal([1], dataset.FeatureIndices(FeatureSet.Anomaly));
        Assert.Equal([false, false, true], dataset.ActiveCells());
        Assert.Equal(30, ForecastDatasetReader.Read(path, 30).HorizonDays);
    }

    [Fact]
    public void Several_horizons_without_a_choice_and_a_bad_label_are_errors_naming_the_file_and_line()
    {
        // Given
        string path = Write("a,35,140,2001-01-01T00:00:00Z,1.1,,0,,2,");

        // When
        var ambiguous = Assert.Throws<DataException>(() => ForecastDatasetReader.Read(path));
        var unknown = Assert.Throws<DataException>(() => ForecastDatasetReader.Read(path, 15));
        var bad = Assert.Throws<DataException>(() => ForecastDatasetReader.Read(path, 30));

        // Then
        Assert.Contains("7 days, 30 days", ambiguous.Message, StringComparison.Ordinal);
        Assert.Contains("no label for a 15-day horizon", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("data.csv:2:", bad.Message, StringComparison.Ordinal);
        Assert.Contains("label_30d", bad.Message, StringComparison.Ordinal);
    }

    private string Write(params string[] rows)
    {
        string path = Path.Combine(_folder, "data.csv");
        File.WriteAllLines(path, [Header, .. rows]);
        return path;
    }
}
