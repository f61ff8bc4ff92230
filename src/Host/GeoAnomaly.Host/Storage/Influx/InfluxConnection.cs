using System.ComponentModel;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Where and how to reach an InfluxDB server through its v1 HTTP API (<c>/ping</c>, <c>/write</c>, <c>/query</c>).</summary>
/// <remarks>
/// Works with InfluxDB 1.x (no auth, or user/password), and with 2.x/3.x through their v1 compatibility API
/// (<see cref="Token"/>, sent as <c>Authorization: Token …</c>; the database maps to a bucket there).
/// </remarks>
internal sealed record InfluxConnection
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Request timeout: 30 s.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>Server base URL, http or https, for example <c>http://127.0.0.1:8086</c>. Required.</summary>
    [Description("InfluxDB base URL (http or https), e.g. http://127.0.0.1:8086")]
    public string Url { get; init; } = "";

    /// <summary>Database (bucket on 2.x/3.x). Required.</summary>
    [Description("Database name (bucket on InfluxDB 2.x/3.x)")]
    public string Database { get; init; } = "";

    /// <summary>Retention policy to write to and read from; the database default when null.</summary>
    [Description("Retention policy; the database's default when empty")]
    public string? RetentionPolicy { get; init; }

    /// <summary>InfluxDB 1.x user name; null for no authentication.</summary>
    [Description("InfluxDB 1.x user name")]
    public string? Username { get; init; }

    /// <summary>InfluxDB 1.x password (with <see cref="Username"/>).</summary>
    [Description("InfluxDB 1.x password")]
    public string? Password { get; init; }

    /// <summary>Send user/password as HTTP basic authentication instead of <c>u</c>/<c>p</c> query parameters. Default false.</summary>
    [Description("Send user and password as HTTP basic auth instead of u/p query parameters")]
    public bool BasicAuth { get; init; }

    /// <summary>API token for InfluxDB 2.x/3.x v1 compatibility, sent as <c>Authorization: Token &lt;token&gt;</c>.</summary>
    [Description("API token (InfluxDB 2.x/3.x v1 compatibility)")]
    public string? Token { get; init; }

    /// <summary>Timeout of one HTTP request. Default 30 s.</summary>
    [Description("Timeout of one HTTP request (default 30 s)")]
    public TimeSpan Timeout { get; init; } = Defaults.Timeout;

    /// <summary>The URL without any path, query or credentials, for messages.</summary>
    public string DisplayUrl =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : Url;

    /// <summary>Every problem with these options, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Url))
        {
            errors.Add("url: required, e.g. http://127.0.0.1:8086");
        }
        else if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"url: must be an absolute http or https URL, got '{Url}'");
        }
        else if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query))
        {
            errors.Add("url: must not hold credentials or a query; use username/password or token");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            errors.Add("database: required");
        }
        else if (Database.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            errors.Add("database: must not contain a newline");
        }

        if (RetentionPolicy is not null && (RetentionPolicy.Length == 0 || RetentionPolicy.AsSpan().IndexOfAny('\n', '\r') >= 0))
        {
            errors.Add("retention-policy: must be non-empty and on one line when given");
        }

        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            errors.Add(string.IsNullOrEmpty(Username) ? "username: required when password is given" : "password: required when username is given");
        }

        if (BasicAuth && string.IsNullOrEmpty(Username))
        {
            errors.Add("basic-auth: needs username and password");
        }

        if (Token is not null && (Token.Length == 0 || Token.AsSpan().IndexOfAny('\n', '\r') >= 0))
        {
            errors.Add("token: must be non-empty and on one line when given");
        }

        if (!string.IsNullOrEmpty(Token) && !string.IsNullOrEmpty(Username))
        {
            errors.Add("token: give either a token or username/password, not both");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            errors.Add($"timeout: must be positive, got {Timeout}");
        }

        return errors;
    }

    /// <summary>Redacts the password and token.</summary>
    public override string ToString() =>
        $"{DisplayUrl} database '{Database}'" + (RetentionPolicy is null ? "" : $" retention policy '{RetentionPolicy}'");
}
