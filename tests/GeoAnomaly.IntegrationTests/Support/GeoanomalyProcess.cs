using System.Diagnostics;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>Runs the real <c>geoanomaly</c> executable as a process, as an analyst would, without standard input.</summary>
internal static class GeoanomalyProcess
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "geoanomaly.dll");

    public static async Task<ProcessResult> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("GEOANOMALY_PLUGINS");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
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
            throw new TimeoutException($"geoanomaly {string.Join(' ', args)} did not finish in {s_timeout}");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }
}

internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
