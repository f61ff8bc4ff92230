using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>InfluxDB v1 HTTP API over <see cref="HttpClient"/>: ping, create database, write, query.</summary>
/// <remarks>
/// Writes are one gzip-compressed <c>POST /write?precision=ns</c> per batch (timestamps in Unix nanoseconds, exact
/// for <see cref="DateTimeOffset"/>'s 100 ns ticks) and throw <see cref="InfluxException"/> on anything but 2xx;
/// retrying is <see cref="BatchingWriter"/>'s job. Queries stream chunked JSON (<c>epoch=ns</c>).
/// </remarks>
internal sealed partial class InfluxClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _base;

    /// <summary>Creates a client for <paramref name="connection"/>.</summary>
    /// <param name="connection">Validated connection options.</param>
    /// <param name="handler">HTTP handler; a pooled <see cref="SocketsHttpHandler"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public InfluxClient(InfluxConnection connection, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var errors = connection.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid InfluxDB connection: " + string.Join("; ", errors), nameof(connection));
        }

        Connection = connection;
        Url = connection.DisplayUrl;
        string url = connection.Url.TrimEnd('/') + "/";
        _base = new Uri(url);
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = connection.Timeout,
        };
        if (!string.IsNullOrEmpty(connection.Token))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", connection.Token);
        }
        else if (connection.BasicAuth)
        {
            string pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.Username}:{connection.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }
    }

    /// <summary>The connection options.</summary>
    public InfluxConnection Connection { get; }

    /// <summary>The server URL without credentials, as messages show it.</summary>
    public string Url { get; }

    /// <summary>Checks that the server answers <c>GET /ping</c> with 204 (200 is accepted too, as InfluxDB 3 answers).</summary>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InfluxException">Unreachable, timed out or an unexpected answer; the message names the URL.</exception>
    public async Task PingAsync(CancellationToken ct = default)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Build("ping", [])), "ping", ct).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.OK))
        {
            throw new InfluxException($"InfluxDB at {Url} answered /ping with {(int)response.StatusCode} instead of 204", Url, response.StatusCode);
        }
    }

    /// <summary>Creates the database (<c>CREATE DATABASE "…"</c>; a no-op when it exists).</summary>
    /// <param name="database">Database name; the connection's when null.</param>
    /// <param name="ct">Cancellation.</param>
    public Task CreateDatabaseAsync(string? database = null, CancellationToken ct = default) =>
        ExecuteAsync($"CREATE DATABASE {InfluxQl.Identifier(database ?? Connection.Database)}", ct);

    /// <summary>Drops the database (<c>DROP DATABASE "…"</c>) with all its data.</summary>
    /// <param name="database">Database name; the connection's when null.</param>
    /// <param name="ct">Cancellation.</param>
    public Task DropDatabaseAsync(string? database = null, CancellationToken ct = default) =>
        ExecuteAsync($"DROP DATABASE {InfluxQl.Identifier(database ?? Connection.Database)}", ct);

    /// <summary>Posts <paramref name="batch"/> as one gzip-compressed <c>/write</c> request with <c>precision=ns</c>.</summary>
    /// <param name="batch">The lines (timestamps in Unix nanoseconds).</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InfluxException">Any answer but 2xx. For a 400 naming unparseable lines,
    /// <see cref="InfluxException.LineErrors"/> holds them with their line numbers.</exception>
    public async Task WriteAsync(LineBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        var body = batch.GzipContent();
        var uri = Build("write", [("db", Connection.Database), ("rp", Connection.RetentionPolicy), ("precision", "ns")]);
        HttpRequestMessage Make()
        {
            var content = new ReadOnlyMemoryContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
            content.Headers.ContentEncoding.Add("gzip");
            return new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        }

        using var response = await SendAsync(Make, "write", ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string server = await ServerMessageAsync(response, ct).ConfigureAwait(false);
        var parsed = InfluxWriteError.Parse(server);
        var lines = parsed.Match(batch);
        string detail = lines.Count == 0
            ? server
            : $"{(parsed.Partial ? "partial write, " : "")}{lines.Count} line(s) rejected: " + string.Join("; ", lines.Take(5)) + (lines.Count > 5 ? "; …" : "");
        throw new InfluxException(
            $"InfluxDB at {Url} rejected a write of {batch.Count} line(s) to database '{Connection.Database}' ({(int)response.StatusCode}): {detail}",
            Url,
            response.StatusCode,
            server)
        {
            LineErrors = lines,
            RetryAfter = RetryAfter(response),
        };
    }

    /// <summary>Posts lines given as text (see <see cref="WriteAsync(LineBatch, CancellationToken)"/>).</summary>
    /// <param name="lines">Line-protocol lines with nanosecond timestamps.</param>
    /// <param name="ct">Cancellation.</param>
    public Task WriteAsync(IEnumerable<string> lines, CancellationToken ct = default)
    {
        var batch = new LineBatch();
        foreach (string line in lines)
        {
            batch.AppendLine(line);
        }

        return WriteAsync(batch, ct);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>Runs one InfluxQL statement that returns no rows (CREATE, ALTER, DROP); errors surface as exceptions.</summary>
    public async Task ExecuteAsync(string statement, CancellationToken ct = default)
    {
        await foreach (var _ in QueryAsync(statement, ct: ct).ConfigureAwait(false))
        {
            // Statements such as CREATE DATABASE return no series; errors surface as exceptions.
        }
    }

    private Uri Build(string path, IEnumerable<(string Key, string? Value)> parameters)
    {
        var all = parameters.Where(p => p.Value is not null).ToList();
        if (!string.IsNullOrEmpty(Connection.Username) && !Connection.BasicAuth && string.IsNullOrEmpty(Connection.Token))
        {
            all.Add(("u", Connection.Username));
            all.Add(("p", Connection.Password));
        }

        string query = string.Join('&', all.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return new Uri(_base, query.Length == 0 ? path : $"{path}?{query}");
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> make, string what, CancellationToken ct, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = make();
        try
        {
            return await _http.SendAsync(request, completion, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            string reason = e.InnerException is SocketException s ? s.Message : e.Message;
            throw new InfluxException($"InfluxDB at {Url} is not reachable: {reason}", Url, null, null, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new InfluxException($"InfluxDB at {Url} did not answer the {what} request within {_http.Timeout.TotalSeconds:0.#} s", Url, null, null, e);
        }
    }

    private static async Task<string> ServerMessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        string body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
            {
                return error.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy page, for instance): fall through to the header or the raw text.
        }

        if (response.Headers.TryGetValues("X-Influxdb-Error", out var header))
        {
            return string.Join(" ", header);
        }

        return string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "no message" : LineProtocol.Shorten(body.Trim(), 500);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
}
