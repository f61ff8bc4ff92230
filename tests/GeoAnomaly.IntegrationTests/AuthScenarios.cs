using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Networks run InfluxDB with authentication; GeoAnomaly signs in with v1 user and password.</summary>
public sealed class AuthScenarios : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-auth-").FullName;
    private string? _url;
    private string _problem = "";

    public async ValueTask InitializeAsync()
    {
        if (InfluxServer.FindOnPath("influxd") is null)
        {
            _problem = "influxd is not on PATH";
            return;
        }

        var (exit, output, error) = await InfluxServer.Script("start", Path.Combine(_folder, "server"), auth: true);
        if (exit != 0)
        {
            _problem = error;
            return;
        }

        _url = output.Trim();
        using var http = new HttpClient();
        using var create = new FormUrlEncodedContent([new("q", "CREATE USER \"analyst\" WITH PASSWORD 'tide&storm' WITH ALL PRIVILEGES")]);
        (await http.PostAsync(new Uri($"{_url}/query"), create)).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await InfluxServer.Script("stop", Path.Combine(_folder, "server"));
        Directory.Delete(_folder, recursive: true);
    }

    /// Auth: with the right user and password ingest succeeds; without them it exits 1 and says the server refused.
    [Fact]
    public async Task Ingest_signs_in_with_user_and_password_and_is_refused_without()
    {
        // Given
        string url = Require();
        string file = SharedData.Path("series", "intermagnet-bou", "bou20181024_XYZF_vmin.min");

        // When
        var signedIn = await GeoanomalyProcess.RunAsync("ingest", file, "--influx", url, "--username", "analyst", "--password", "tide&storm");
        var anonymous = await GeoanomalyProcess.RunAsync("ingest", file, "--influx", url);
        var wrong = await GeoanomalyProcess.RunAsync("ingest", file, "--influx", url, "--username", "analyst", "--password", "nope");

        // Then
        Assert.True(signedIn.ExitCode == 0, signedIn.ToString());
        Assert.Equal(1, anonymous.ExitCode);
        Assert.Contains(url, anonymous.Error, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.DoesNotContain("nope", wrong.Error, StringComparison.Ordinal);
    }

    private string Require()
    {
        if (_url is not null)
        {
            return _url;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"InfluxDB not found: {_problem}");
        }

        Assert.Skip($"InfluxDB not found: {_problem}");
        return "";
    }
}
