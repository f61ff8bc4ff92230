using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Sdk.Tests.Support;

/// <summary>Options shared by the faulty detectors: one documented value.</summary>
internal sealed record FaultyOptions : IComponentOptions
{
    [Description("Unused.")]
    public int Unused { get; init; } = 1;

    public IEnumerable<OptionError> Validate() => [];
}

/// <summary>Scores depend on how the samples are chunked: streaming differs from batch.</summary>
internal sealed class ChunkDependentDetector : Detector<FaultyOptions>
{
    public override string Name => "chunk-dependent";

    public override string Summary => "Scores the position within each call.";

    public override IComponentState Start(FaultyOptions options, ComponentStart start) => new LambdaState((values, output) =>
    {
        for (int i = 0; i < values.Length; i++)
        {
            output[i] = i;
        }
    });
}

/// <summary>Divides by the standard deviation without a guard: a constant series gives NaN.</summary>
internal sealed class ZeroVarianceDetector : Detector<FaultyOptions>
{
    public override string Name => "zero-variance";

    public override string Summary => "Unguarded z-score over each call.";

    public override IComponentState Start(FaultyOptions options, ComponentStart start) => new LambdaState((values, output) =>
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / values.Length;

        double variance = 0;
        foreach (double v in values)
        {
            variance += (v - mean) * (v - mean) / values.Length;
        }

        for (int i = 0; i < values.Length; i++)
        {
            output[i] = (values[i] - mean) / Math.Sqrt(variance);
        }
    });
}

/// <summary>Throws on the first NaN it sees.</summary>
internal sealed class NaNIntolerantDetector : Detector<FaultyOptions>
{
    public override string Name => "nan-intolerant";

    public override string Summary => "Rejects missing samples.";

    public override IComponentState Start(FaultyOptions options, ComponentStart start) => new LambdaState((values, output) =>
    {
        for (int i = 0; i < values.Length; i++)
        {
            output[i] = double.IsNaN(values[i]) ? throw new InvalidOperationException("NaN in input") : 0;
        }
    });
}

/// <summary>A state built from a function of each call's values; no memory across calls.</summary>
internal sealed class LambdaState(LambdaState.Body body) : IComponentState
{
    internal delegate void Body(ReadOnlySpan<double> values, Span<double> output);

    public IReadOnlyList<string> Outputs { get; } = ["score"];

    public int WarmUp => 0;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken) => body(input.Values, output);

    public void Reset()
    {
    }
}
