using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Review;

public sealed class GrafanaAnnotationTests
{
    [Fact]
    public void An_api_export_parses_into_annotations_with_times_tags_text_and_author()
    {
        // When
        var annotations = GrafanaAnnotation.Parse(GrafanaExports.Json, "export.json");

        // Then
        Assert.Equal([4121L, 4122, 4123, 4124, 4125], annotations.Select(a => a.Id));
        var first = annotations[0];
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(GrafanaExports.InFirstEvent), first.Time);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 9, 1, 0, TimeSpan.Zero), first.Updated);
        Assert.Equal("akiko", first.Login);
        Assert.Contains("cause:storm", first.Tags);
        Assert.Equal("offset persists,\nnot instrumental", annotations[1].Text);
        Assert.Null(annotations[1].Login);
        Assert.Null(annotations[2].TimeEnd);
    }

    [Fact]
    public void Malformed_json_is_a_data_error_naming_the_file_and_line()
    {
        // Given: line 3 lacks a comma
        string json = "[\n  { \"id\": 1, \"time\": 5 },\n  { \"id\": 2 \"time\": 6 }\n]";

        // When
        var error = Assert.Throws<DataException>(() => GrafanaAnnotation.Parse(json, "bad.json"));

        // Then
        Assert.Equal("bad.json", error.Source);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotation_without_a_time_is_named_by_its_id()
    {
        // When
        var error = Assert.Throws<DataException>(() => GrafanaAnnotation.Parse("""[{ "id": 77, "text": "x" }]""", "a.json"));

        // Then
        Assert.Contains("annotation 77: no numeric 'time'", error.Message, StringComparison.Ordinal);
    }
}
