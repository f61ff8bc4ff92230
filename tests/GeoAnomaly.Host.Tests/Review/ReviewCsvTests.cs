using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Review;

public sealed class ReviewCsvTests : IDisposable
{
    private static readonly EventKey s_event = new(new ChannelId("SY", "O'Brien", "H"), "spectral-residual", new DateTimeOffset(2024, 1, 2, 3, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-reviews-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Appended_reviews_read_back_unchanged_with_history_and_the_latest_wins()
    {
        // Given
        string path = Path.Combine(_folder, "reviews.csv");
        var first = new EventReview(s_event, Verdict.Unknown, null, "akiko", "looks odd, \"check\"\nlater", At(1));
        var second = new EventReview(s_event, Verdict.Interference, InterferenceCause.Pumping, "ben", "", At(2));

        // When
        ReviewCsv.Append(path, [second]);
        ReviewCsv.Append(path, [first]);
        var back = ReviewCsv.Read(path);

        // Then
        Assert.Equal([second, first], back);
        Assert.Same(back[0], EventReview.Latest(back)[s_event]);
        Assert.Single(File.ReadLines(path), l => l.StartsWith("network,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_verdict_in_the_file_names_file_line_and_column()
    {
        // Given
        string path = Path.Combine(_folder, "reviews.csv");
        File.WriteAllText(path, string.Join('\n', ReviewCsv.Columns.Aggregate((a, b) => a + "," + b), "SY,SAA,H,sr,2024-01-02T03:00:00Z,maybe,,akiko,,2024-02-01T00:00:00Z") + "\n");

        // When
        var error = Assert.Throws<DataException>(() => ReviewCsv.Read(path));

        // Then
        Assert.Equal($"{path}:2: column verdict: verdict 'maybe' is not one of possible-precursor, interference, unknown", error.Message);
    }

    [Fact]
    public void Interference_without_a_cause_in_the_file_names_the_cause_column()
    {
        // Given
        string path = Path.Combine(_folder, "reviews.csv");
        File.WriteAllText(path, string.Join('\n', ReviewCsv.Columns.Aggregate((a, b) => a + "," + b), "SY,SAA,H,sr,2024-01-02T03:00:00Z,interference,,akiko,,2024-02-01T00:00:00Z") + "\n");

        // When
        var error = Assert.Throws<DataException>(() => ReviewCsv.Read(path));

        // Then
        Assert.StartsWith($"{path}:2: column cause: a verdict of interference needs a cause", error.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(int day) => new(2024, 2, day, 0, 0, 0, TimeSpan.Zero);
}
