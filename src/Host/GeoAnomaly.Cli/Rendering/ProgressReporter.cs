using GeoAnomaly.Cli.Infrastructure;

namespace GeoAnomaly.Cli.Rendering;

/// <summary>
/// Progress of long work: on a terminal, one status line on standard error redrawn in place; when redirected or
/// with --quiet/--log-json, nothing (the job's own log lines say what happened).
/// </summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly TextWriter? _terminal;
    private readonly string _job;
    private readonly int _total;
    private int _done;
    private string _item = "";

    private ProgressReporter(TextWriter? terminal, string job, int total)
    {
        _terminal = terminal;
        _job = job;
        _total = total;
    }

    public static ProgressReporter Create(CliContext context, string job, int total) =>
        new(context.ShowProgress ? context.Error : null, job, total);

    public void Describe(string item)
    {
        lock (_lock)
        {
            _item = item;
            Draw();
        }
    }

    public void Advance()
    {
        lock (_lock)
        {
            _done++;
            Draw();
        }
    }

    /// <summary>A progress sink that describes and advances in one step, safe to call from worker threads.</summary>
    public IProgress<T> Each<T>(Func<T, string> describe) => new Step<T>(this, describe);

    public async ValueTask DisposeAsync()
    {
        if (_terminal is not null)
        {
            await _terminal.WriteAsync("\r\u001b[2K").ConfigureAwait(false);
            await _terminal.FlushAsync().ConfigureAwait(false);
        }
    }

    private sealed class Step<T>(ProgressReporter reporter, Func<T, string> describe) : IProgress<T>
    {
        public void Report(T value)
        {
            lock (reporter._lock)
            {
                reporter._item = describe(value);
                reporter._done++;
                reporter.Draw();
            }
        }
    }

    private void Draw()
    {
        if (_terminal is null)
        {
            return;
        }

        int width = 30;
        int filled = _total == 0 ? width : (int)Math.Round(width * (double)_done / _total);
        _terminal.Write($"\r\u001b[2K{_job} [{new string('#', filled)}{new string('.', width - filled)}] {_done}/{_total} {_item}");
        _terminal.Flush();
    }
}
