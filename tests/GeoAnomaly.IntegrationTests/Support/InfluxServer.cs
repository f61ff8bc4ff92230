using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

[assembly: AssemblyFixture(typeof(InfluxServer))]

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>A real InfluxDB for the whole test assembly: the one at <c>GEOANOMALY_INFLUX_URL</c>, or a throw-away
/// <c>influxd</c> (from PATH) on 127.0.0.1 and a free port, with its own config and data in a temp folder.</summary>
/// <remarks>Without either, tests skip locally and fail with "InfluxDB not found" when <c>CI=true</c>.
/// Each test takes a fresh database from <see cref="NewDatabaseAsync"/>; all are dropped at the end.</remarks>
public sealed class InfluxServer : IAsyncLifetime
{
    private const string UrlVariable = "GEOANOMALY_INFLUX_URL";
    private readonly List<string> _databases = [];
    private string? _folder;
    private string? _unavailable;

    /// <summary>Base URL of the server, or null when none could be had.</summary>
    public string? Url { get; private set; }

    /// <summary>Where the server came from: the environment variable or a started influxd.</summary>
    public string Origin { get; private set; } = "";

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        string? url = Environment.GetEnvironmentVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            Url = url.TrimEnd('/');
            Origin = UrlVariable;
            return;
        }

        string? influxd = FindOnPath("influxd");
        if (influxd is null)
        {
            _unavailable = $"{UrlVariable} is not set and influxd is not on PATH";
            return;
        }

        await StartAsync(influxd);
    }

    /// <summary>The server's URL; skips the test (fails it when <c>CI=true</c>) when there is no server.</summary>
    public string Require()
    {
        if (Url is not null)
        {
            return Url;
        }

        string reason = $"InfluxDB not found: {_unavailable}";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return "";
    }

    /// <summary>Creates a fresh database (dropped when the assembly's tests end) and a client for it.</summary>
    /// <param name="purpose">A word for the name.</param>
    internal async Task<InfluxClient> NewDatabaseAsync(string purpose)
    {
        string url = Require();
        string name = $"it_{purpose}_{Guid.NewGuid():N}"[..Math.Min(60, purpose.Length + 12)];
        var client = new InfluxClient(new InfluxConnection { Url = url, Database = name });
        await client.CreateDatabaseAsync(ct: TestContext.Current.CancellationToken);
        lock (_databases)
        {
            _databases.Add(name);
        }

        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Url is not null && _folder is null)
        {
            foreach (string name in _databases)
            {
                using var client = new InfluxClient(new InfluxConnection { Url = Url, Database = name });
                try
                {
                    await client.DropDatabaseAsync();
                }
                catch (InfluxException)
                {
                    // Best effort: the server is shared and may be gone already.
                }
            }
        }

        if (_folder is not null)
        {
            await Script("stop", _folder);
        }

        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open; the temp folder is cleaned by the system eventually.
            }
        }
    }

    /// <summary>Starts a server the way CI does, through <c>.ci/influxd.sh</c> (generated config, temp dirs, free port).</summary>
    private async Task StartAsync(string influxd)
    {
        _folder = Directory.CreateTempSubdirectory("geoanomaly-influxd-").FullName;
        var (exit, output, error) = await Script("start", _folder);
        if (exit == 0)
        {
            Url = output.Trim();
            Origin = $"influxd started by the tests ({influxd}, .ci/influxd.sh)";
        }
        else
        {
            _unavailable = $"influxd ({influxd}) did not start through .ci/influxd.sh: {error.Trim()}";
        }
    }

    /// <summary>Runs <c>.ci/influxd.sh start|stop FOLDER</c>; <paramref name="auth"/> starts a server with authentication on.</summary>
    internal static async Task<(int Exit, string Output, string Error)> Script(string verb, string folder, bool auth = false)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(PluginFixtures.RepoRoot, ".ci", "influxd.sh"), verb, folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["INFLUXD_AUTH"] = auth ? "true" : "false";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A TCP port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
