using System.Net;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>A request to InfluxDB failed: the server was unreachable, timed out, or answered with an error.</summary>
/// <remarks>The message always names the server URL (never credentials) and, for queries, the query.</remarks>
internal sealed class InfluxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Full message, naming the URL.</param>
    /// <param name="url">Server URL without credentials.</param>
    /// <param name="statusCode">HTTP status, or null when no response came.</param>
    /// <param name="serverMessage">The server's own error text, when it gave one.</param>
    /// <param name="inner">The underlying exception.</param>
    public InfluxException(string message, string url, HttpStatusCode? statusCode = null, string? serverMessage = null, Exception? inner = null)
        : base(message, inner)
    {
        Url = url;
        StatusCode = statusCode;
        ServerMessage = serverMessage;
    }

    /// <summary>Server URL without credentials.</summary>
    public string Url { get; }

    /// <summary>HTTP status code, or null when the server gave no response (unreachable, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The server's error text (the JSON <c>error</c> member or the <c>X-Influxdb-Error</c> header).</summary>
    public string? ServerMessage { get; }

    /// <summary>How long the server asked to wait before retrying (<c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For a rejected write: the lines the server named as unparseable, matched to the batch.</summary>
    public IReadOnlyList<InfluxLineError> LineErrors { get; init; } = [];

    /// <summary>True when retrying may help: no response, a timeout, 5xx or 429.</summary>
    public bool IsTransient => StatusCode is null or HttpStatusCode.TooManyRequests || (int)StatusCode >= 500;
}
