using System.Globalization;
using System.Net.Http.Headers;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Review;

/// <summary>Fetches annotations from Grafana's annotation HTTP API (<c>GET /api/annotations</c>, service-account or API token).</summary>
internal static class GrafanaAnnotationClient
{
    /// <summary>Most annotations asked for in one request (Grafana's own default is 100).</summary>
    public const int Limit = 100_000;

    /// <summary>The request URL: <c>BASE/api/annotations?type=annotation&amp;limit=…[&amp;from=ms][&amp;to=ms][&amp;tags=…]</c>.</summary>
    /// <param name="baseUrl">Grafana's base URL.</param>
    /// <param name="from">Earliest annotation time, or null.</param>
    /// <param name="to">Latest annotation time, or null.</param>
    /// <param name="tags">Tags every annotation must carry (Grafana matches all of them).</param>
    public static Uri RequestUri(string baseUrl, DateTimeOffset? from, DateTimeOffset? to, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(tags);
        var query = new List<string> { "type=annotation", "limit=" + Limit.ToString(CultureInfo.InvariantCulture) };
        if (from is { } f)
        {
            query.Add("from=" + f.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            query.Add("to=" + t.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }

        query.AddRange(tags.Select(tag => "tags=" + Uri.EscapeDataString(tag)));
        return new Uri(baseUrl.TrimEnd('/') + "/api/annotations?" + string.Join('&', query));
    }

    /// <summary>Fetches and parses the annotations.</summary>
    /// <param name="uri">From <see cref="RequestUri"/>.</param>
    /// <param name="token">Grafana token, sent as <c>Authorization: Bearer</c>; null for none.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="handler">HTTP handler (tests); null for the default.</param>
    /// <exception cref="DataException">Unreachable, a non-2xx answer, or a malformed body; names the URL.</exception>
    public static async Task<IReadOnlyList<GrafanaAnnotation>> FetchAsync(Uri uri, string? token, CancellationToken ct, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        string source = uri.GetLeftPart(UriPartial.Path);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new DataException(source, null, $"cannot reach Grafana: {e.Message}", e);
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string detail = body.Length > 200 ? body[..200] : body;
                throw new DataException(source, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {detail.Trim()}");
            }

            return GrafanaAnnotation.Parse(body, source);
        }
    }
}
