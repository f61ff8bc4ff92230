namespace GeoAnomaly.Sdk;

/// <summary>A component running on one channel: an online processor with a declared warm-up.</summary>
/// <remarks>
/// <para>Outputs are per sample and per output name (<see cref="Outputs"/>). A detector's first output is its raw
/// anomaly score, larger meaning more anomalous; a preprocessor's first output is the cleaned value. NaN means
/// "no output here" (a gap, or not warmed up).</para>
/// <para>Batch is this path run to the end (see <see cref="ComponentExtensions.RunBatch"/>), so streaming equals batch
/// by construction.</para>
/// </remarks>
public interface IComponentState
{
    /// <summary>Names of the outputs, first the primary one (<c>score</c> for detectors, <c>value</c> for preprocessors).</summary>
    IReadOnlyList<string> Outputs { get; }

    /// <summary>
    /// Samples after which outputs no longer depend on where processing started: a state that starts this many
    /// samples before an instant gives the same outputs from that instant on as one that saw the whole history.
    /// </summary>
    int WarmUp { get; }

    /// <summary>Processes the next samples, in time order, following those of the previous call.</summary>
    /// <param name="input">The next samples (and companions).</param>
    /// <param name="output">Receives the outputs, output after output: output <c>k</c> of sample <c>i</c> is at
    /// <c>k * input.Length + i</c>; its length is <c>Outputs.Count * input.Length</c>.</param>
    /// <param name="cancellationToken">Stops long work; a state that is cancelled may be left unusable until <see cref="Reset"/>.</param>
    void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken);

    /// <summary>Forgets every sample seen, as if just started.</summary>
    void Reset();
}
