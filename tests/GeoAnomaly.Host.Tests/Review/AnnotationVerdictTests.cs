using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Review;

public sealed class AnnotationVerdictTests
{
    private static readonly IReadOnlyList<GrafanaAnnotation> s_export = GrafanaAnnotation.Parse(GrafanaExports.Json, "export.json");

    [Fact]
    public void Tags_give_the_verdict_cause_and_event_and_the_login_or_email_the_analyst()
    {
        // When
        var storm = AnnotationVerdict.From(s_export[0], out string? p1);
        var precursor = AnnotationVerdict.From(s_export[1], out string? p2);

        // Then
        Assert.Null(p1);
        Assert.Null(p2);
        Assert.Equal((Verdict.Interference, InterferenceCause.Storm, "akiko"), (storm!.Verdict, storm.Cause, storm.Analyst));
        Assert.Equal(new ChannelId("SY", "SAA", "H"), storm.Channel);
        Assert.Equal("spectral-residual", storm.Detector);
        Assert.Equal(s_export[0].Updated, storm.ReviewedAt);
        Assert.Equal((Verdict.PossiblePrecursor, (InterferenceCause?)null, "ben@example.org"), (precursor!.Verdict, precursor.Cause, precursor.Analyst));
    }

    [Fact]
    public void An_annotation_without_a_verdict_tag_is_no_review_and_no_problem()
    {
        // When
        var verdict = AnnotationVerdict.From(s_export[3], out string? problem);

        // Then
        Assert.Null(verdict);
        Assert.Null(problem);
    }

    [Fact]
    public void Interference_without_a_cause_tag_is_a_problem_naming_the_annotation()
    {
        // When
        var verdict = AnnotationVerdict.From(s_export[4], out string? problem);

        // Then
        Assert.Null(verdict);
        Assert.StartsWith("annotation 4125: cause: a verdict of interference needs a cause", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verdict:maybe", "annotation 9: verdict 'maybe' is not one of possible-precursor, interference, unknown")]
    [InlineData("verdict:unknown|cause:lightning", "annotation 9: cause 'lightning' is not one of rain, pumping, maintenance, power, storm, other")]
    [InlineData("verdict:unknown|network:SY|station:SAA", "annotation 9: no channel:, detector: tag(s) naming the event")]
    public void Bad_tags_are_problems_naming_the_annotation(string tags, string expected)
    {
        // Given
        string[] all = [.. tags.Split('|'), .. tags.Contains("network:", StringComparison.Ordinal) ? Array.Empty<string>() : ["network:SY", "station:SAA", "channel:H", "detector:d"]];
        var annotation = new GrafanaAnnotation(9, DateTimeOffset.UnixEpoch, null, "", all, "akiko", null, null);

        // When
        var verdict = AnnotationVerdict.From(annotation, out string? problem);

        // Then
        Assert.Null(verdict);
        Assert.Equal(expected, problem);
    }
}
