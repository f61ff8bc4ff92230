using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The reference method without scaling: the plain difference <c>x - r</c> or ratio <c>x / r</c> against
/// companion 0, sample by sample; no memory, no warm-up.</summary>
internal sealed class DirectReferenceState : IComponentState
{
    private readonly ReferenceCombination _combine;

    /// <summary>Creates the state.</summary>
    /// <param name="combine">Difference or ratio.</param>
    public DirectReferenceState(ReferenceCombination combine) => _combine = combine;

    /// <summary><c>value</c>, then <c>reference</c> (the reference channel's value removed).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "reference"];

    /// <summary>0: each output depends on its own sample only.</summary>
    public int WarmUp => 0;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var x = input.Values;
        var r = input.Companion(0);
        for (int i = 0; i < n; i++)
        {
            output[i] = ReferencePrediction.Combine(x[i], r[i], _combine);
            output[n + i] = r[i];
        }
    }

    public void Reset()
    {
    }
}
