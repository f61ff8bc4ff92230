using System.Diagnostics;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>
/// The npm project <c>tests/dashboard-types</c> installed (<c>npm ci</c>, from its package-lock.json) into a temp folder
/// once per test class: <c>generate.mjs</c> turns each dashboard JSON file into a TypeScript module typed with
/// <c>@grafana/schema</c>'s <c>Dashboard</c>, and <c>tsc</c> checks them with the project's strict tsconfig.
/// </summary>
/// <remarks>Without node and npm on PATH, or when <c>npm ci</c> fails (no registry), tests skip with the reason locally
/// and fail when <c>CI=true</c>.</remarks>
public sealed class DashboardTypeCheck : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);
    private static readonly string[] s_projectFiles = ["package.json", "package-lock.json", "tsconfig.json", "influx.ts", "generate.mjs"];
    private string? _unavailable;

    /// <summary>The temp copy of the npm project, with its node_modules.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("ga-typecheck-").FullName;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        string? node = FindOnPath("node");
        string? npm = FindOnPath("npm");
        if (node is null || npm is null)
        {
            _unavailable = "node and npm are needed on PATH for the dashboard type check (apt-get install nodejs npm)";
            return;
        }

        string source = Path.Combine(PluginFixtures.RepoRoot, "tests", "dashboard-types");
        foreach (string file in s_projectFiles)
        {
            File.Copy(Path.Combine(source, file), Path.Combine(Folder, file));
        }

        var (exit, output, error) = await RunAsync(npm, Folder, "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        if (exit != 0)
        {
            _unavailable = $"npm ci in {Folder} failed (exit {exit}): {error.Trim()} {output.Trim()}";
        }
    }

    /// <summary>Generates one module per dashboard of <paramref name="dashboards"/> and runs tsc on them.</summary>
    /// <returns>tsc's exit code and its messages (stdout and stderr), or the generator's when it failed.</returns>
    public async Task<(int Exit, string Messages)> CheckAsync(string dashboards)
    {
        Require();
        string node = FindOnPath("node")!;
        var generated = await RunAsync(node, Folder, Path.Combine(Folder, "generate.mjs"), dashboards, Path.Combine(Folder, "generated"));
        if (generated.Exit != 0)
        {
            return (generated.Exit, $"generate.mjs: {generated.Error}{generated.Output}");
        }

        string tsc = Path.Combine(Folder, "node_modules", "typescript", "bin", "tsc");
        var checkedRun = await RunAsync(node, Folder, tsc, "-p", Path.Combine(Folder, "tsconfig.json"), "--strict", "--pretty", "false");
        return (checkedRun.Exit, (checkedRun.Output + checkedRun.Error).Trim());
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system eventually.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Skips the test (fails it when <c>CI=true</c>) when the toolchain could not be installed.</summary>
    private void Require()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(_unavailable);
        }

        Assert.Skip(_unavailable);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, await output, $"{program} {string.Join(' ', arguments)} did not finish in {s_timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
