using System.Text;

namespace GeoAnomaly.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await CliApp.Default().RunAsync(args, Console.Out, Console.Error, cancel.Token, interactive: !Console.IsErrorRedirected).ConfigureAwait(false);
    }
}
