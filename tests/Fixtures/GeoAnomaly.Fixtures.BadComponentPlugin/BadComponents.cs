using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Fixtures.BadComponentPlugin;

/// <summary>Options shared by both components.</summary>
public sealed record PlainOptions : IComponentOptions
{
    /// <summary>Scale applied to the input.</summary>
    [Description("Multiplies the input.")]
    public double Scale { get; init; } = 1.0;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (!double.IsFinite(Scale))
        {
            yield return OptionError.For(nameof(Scale), $"must be finite, got {Scale}");
        }
    }
}

/// <summary>A working detector: scores |scale * x|.</summary>
internal sealed class GoodDetector : Detector<PlainOptions>
{
    public override string Name => "good";

    public override string Summary => "Absolute value of the scaled input.";

    public override IComponentState Start(PlainOptions options, ComponentStart start) => new ScaleState(options.Scale);
}

/// <summary>A detector whose constructor throws: the host must report it and keep <see cref="GoodDetector"/>.</summary>
internal sealed class BrokenDetector : Detector<PlainOptions>
{
    public BrokenDetector() => throw new InvalidOperationException("broken on purpose: missing calibration table");

    public override string Name => "broken";

    public override string Summary => "Never constructs.";

    public override IComponentState Start(PlainOptions options, ComponentStart start) => new ScaleState(options.Scale);
}

/// <summary>|scale * x| per sample.</summary>
internal sealed class ScaleState(double scale) : IComponentState
{
    public IReadOnlyList<string> Outputs { get; } = ["score"];

    public int WarmUp => 0;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        for (int i = 0; i < input.Length; i++)
        {
            output[i] = Math.Abs(scale * input.Values[i]);
        }
    }

    public void Reset()
    {
    }
}
