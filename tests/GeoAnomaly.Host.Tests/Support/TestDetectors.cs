using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Options of the test detectors: a scale that must be positive.</summary>
internal sealed record ScaleOptions : IComponentOptions
{
    [Description("Multiplies the input.")]
    public double Scale { get; init; } = 1;

    [Description("Must be at least 1.")]
    public int Window { get; init; } = 1;

    public IEnumerable<OptionError> Validate()
    {
        if (!(Scale > 0))
        {
            yield return OptionError.For(nameof(Scale), $"must be positive, got {Scale}");
        }

        if (Window < 1)
        {
            yield return OptionError.For(nameof(Window), $"must be at least 1, got {Window}");
        }
    }
}

/// <summary>A working detector: |scale * x|; its warm-up is the window option.</summary>
internal sealed class ScaleDetector : Detector<ScaleOptions>
{
    public override string Name => "scale";

    public override string Summary => "Absolute scaled value.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) =>
        new DelegateState(
            (input, output, _) =>
            {
                for (int i = 0; i < input.Length; i++)
                {
                    output[i] = Math.Abs(options.Scale * input[i]);
                }
            },
            options.Window);
}

/// <summary>A second working detector: |x - previous x| (NaN for the first sample and after a gap), warm-up 1.</summary>
internal sealed class DifferenceDetector : Detector<ScaleOptions>
{
    public override string Name => "difference";

    public override string Summary => "Absolute first difference.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start)
    {
        double previous = double.NaN;
        return new DelegateState(
            (input, output, _) =>
            {
                for (int i = 0; i < input.Length; i++)
                {
                    output[i] = Math.Abs(options.Scale * (input[i] - previous));
                    previous = input[i];
                }
            },
            1);
    }
}

/// <summary>Throws <see cref="InvalidOperationException"/> in Process on stations whose code contains "BAD".</summary>
internal sealed class ThrowingDetector : Detector<ScaleOptions>
{
    public const string Failure = "sensor table missing";

    public override string Name => "throwing";

    public override string Summary => "Throws on BAD stations.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start)
    {
        bool bad = start.Channel.Id.Station.Contains("BAD", StringComparison.Ordinal);
        return new DelegateState((input, output, _) =>
        {
            if (bad)
            {
                throw new InvalidOperationException(Failure);
            }

            output.Clear();
        });
    }
}

/// <summary>
/// Blocks in Process on stations whose code contains "HANG", ignoring cancellation, until <see cref="Release"/> (tests
/// release it when done so no thread outlives them).
/// </summary>
internal sealed class HangingDetector : Detector<ScaleOptions>, IDisposable
{
    private readonly ManualResetEventSlim _release = new(false);

    public override string Name => "hanging";

    public override string Summary => "Blocks on HANG stations.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start)
    {
        bool hang = start.Channel.Id.Station.Contains("HANG", StringComparison.Ordinal);
        return new DelegateState((input, output, _) =>
        {
            if (hang)
            {
                _release.Wait(CancellationToken.None); // deaf to cancellation on purpose
            }

            output.Clear();
        });
    }

    public void Release() => _release.Set();

    public void Dispose()
    {
        Release();
        _release.Dispose();
    }
}

/// <summary>Waits in Process until its token is cancelled, and records that it saw the cancellation.</summary>
internal sealed class CooperativeDetector : Detector<ScaleOptions>
{
    public ManualResetEventSlim SawCancellation { get; } = new(false);

    public override string Name => "cooperative";

    public override string Summary => "Waits for cancellation.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) =>
        new DelegateState((input, output, token) =>
        {
            token.WaitHandle.WaitOne();
            SawCancellation.Set();
            token.ThrowIfCancellationRequested();
        });
}

/// <summary>Implements the raw interface badly: CreateDefaultOptions and Validate throw.</summary>
internal sealed class BrokenOptionsDetector : IDetector
{
    public ComponentInfo Info { get; } = new("broken-options", "Cannot make options.", typeof(ScaleOptions));

    public object CreateDefaultOptions() => throw new NotSupportedException("no defaults here");

    public IReadOnlyList<OptionError> Validate(object options) => throw new NotSupportedException("cannot validate");

    public IComponentState Start(object options, ComponentStart start) => throw new NotSupportedException("cannot start");
}

/// <summary>A one-output state built from a delegate over each call's values.</summary>
internal sealed class DelegateState(DelegateState.Body body, int warmUp = 0) : IComponentState
{
    internal delegate void Body(ReadOnlySpan<double> input, Span<double> output, CancellationToken cancellationToken);

    public IReadOnlyList<string> Outputs { get; } = ["score"];

    public int WarmUp => warmUp;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken) =>
        body(input.Values, output, cancellationToken);

    public void Reset()
    {
    }
}
