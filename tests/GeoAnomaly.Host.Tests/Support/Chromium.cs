using System.Diagnostics;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Headless Chromium (Debian's <c>chromium</c> package) for browser checks of generated HTML.</summary>
/// <remarks>When no browser is on PATH, tests skip with the reason locally and fail when <c>CI=true</c>
/// (<c>.ci/test.sh</c> installs the package before the tests run).</remarks>
internal static class Chromium
{
    private static readonly string[] s_names = ["chromium", "chromium-browser", "google-chrome"];
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    /// <summary>The browser's path; skips the test (fails it when <c>CI=true</c>) when there is none.</summary>
    public static string Require()
    {
        string? found = s_names.Select(FindOnPath).FirstOrDefault(p => p is not null);
        if (found is not null)
        {
            return found;
        }

        string reason = $"Chromium not found: none of {string.Join(", ", s_names)} is on PATH (apt-get install chromium)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return "";
    }

    /// <summary>Runs the browser headless on <paramref name="url"/> with its own profile folder and the given extra
    /// arguments; returns exit code, stdout and stderr. A run longer than two minutes is killed and fails the test.</summary>
    /// <param name="browser">From <see cref="Require"/>.</param>
    /// <param name="profile">A fresh folder for the browser's profile.</param>
    /// <param name="url">The page.</param>
    /// <param name="arguments">E.g. <c>--dump-dom</c> or <c>--screenshot=FILE</c>.</param>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string browser, string profile, string url, params string[] arguments)
    {
        var info = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1", $"--user-data-dir={profile}", .. arguments, url])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{browser} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{browser} did not finish within {s_timeout.TotalSeconds} s on {url}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The file URL of a local path.</summary>
    /// <param name="path">An absolute path.</param>
    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
