using System.Net;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Review;

public sealed class GrafanaAnnotationClientTests
{
    [Fact]
    public async Task The_api_is_asked_with_the_token_times_and_tags_and_its_answer_parsed()
    {
        // Given
        using var handler = new AnsweringHandler(HttpStatusCode.OK, GrafanaExports.Json);
        var uri = GrafanaAnnotationClient.RequestUri("http://grafana.local:3000/", DateTimeOffset.FromUnixTimeMilliseconds(1000), DateTimeOffset.FromUnixTimeMilliseconds(2000), ["geoanomaly", "a b"]);

        // When
        var annotations = await GrafanaAnnotationClient.FetchAsync(uri, "glsa_secret", TestContext.Current.CancellationToken, handler);

        // Then
        Assert.Equal(5, annotations.Count);
        Assert.Equal("http://grafana.local:3000/api/annotations?type=annotation&limit=100000&from=1000&to=2000&tags=geoanomaly&tags=a%20b", handler.Request!.RequestUri!.AbsoluteUri);
        Assert.Equal("Bearer glsa_secret", handler.Request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A_refused_request_is_a_data_error_naming_the_url_and_status()
    {
        // Given
        using var handler = new AnsweringHandler(HttpStatusCode.Unauthorized, """{"message":"invalid API key"}""");
        var uri = GrafanaAnnotationClient.RequestUri("http://grafana.local:3000", null, null, []);

        // When
        var error = await Assert.ThrowsAsync<DataException>(() => GrafanaAnnotationClient.FetchAsync(uri, "bad", TestContext.Current.CancellationToken, handler));

        // Then
        Assert.Equal("http://grafana.local:3000/api/annotations", error.Source);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid API key", error.Message, StringComparison.Ordinal);
    }
}
