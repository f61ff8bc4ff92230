using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Replaces samples above <c>Scale</c> with 0 and reports their original value in <c>removed</c>.</summary>
internal sealed class ClipPreprocessor : Preprocessor<ScaleOptions>
{
    public override string Name => "clip";

    public override string Summary => "Zeroes samples above the scale option; reports them.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) => new TwoOutputState(["value", "removed"], (input, output) =>
    {
        int n = input.Values.Length;
        for (int i = 0; i < n; i++)
        {
            double x = input.Values[i];
            bool clipped = x > options.Scale;
            output[i] = clipped ? 0 : x;
            output[n + i] = clipped ? x : double.NaN;
        }
    });
}

/// <summary>Subtracts companion 0 from the channel (throws on Start without a companion); reports the companion as <c>removedSignal</c>.</summary>
internal sealed class SubtractCompanionPreprocessor : Preprocessor<ScaleOptions>
{
    public override string Name => "subtract-companion";

    public override string Summary => "Channel minus companion 0.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start)
    {
        if (start.Companions.Count != 1)
        {
            throw new OptionsException(Name, [OptionError.For("companions", $"needs exactly one companion channel, got {start.Companions.Count}")]);
        }

        return new TwoOutputState(["value", "removedSignal"], (input, output) =>
        {
            int n = input.Values.Length;
            var companion = input.Companion(0);
            for (int i = 0; i < n; i++)
            {
                output[i] = input.Values[i] - (options.Scale * companion[i]);
                output[n + i] = companion[i];
            }
        });
    }
}

/// <summary>A two-output state built from a delegate over each call's block.</summary>
internal sealed class TwoOutputState(IReadOnlyList<string> outputs, TwoOutputState.Body body) : IComponentState
{
    internal delegate void Body(SampleBlock input, Span<double> output);

    public IReadOnlyList<string> Outputs => outputs;

    public int WarmUp => 0;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken) => body(input, output);

    public void Reset()
    {
    }
}
