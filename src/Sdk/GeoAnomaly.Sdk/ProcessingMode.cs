namespace GeoAnomaly.Sdk;

/// <summary>Whether a component's output at a sample depends only on the past.</summary>
public enum ProcessingMode
{
    /// <summary>
    /// Output at sample <c>i</c> uses samples up to <c>i</c> only. Streaming equals batch: feeding the same samples in
    /// any chunking gives the same outputs, and a state started <see cref="IComponentState.WarmUp"/> samples early
    /// agrees with one that saw the whole history.
    /// </summary>
    Causal,

    /// <summary>
    /// Output may use samples after <c>i</c> (look-ahead over the whole series, for retrospective screening).
    /// The host gives such a state the whole series in one <see cref="IComponentState.Process"/> call.
    /// </summary>
    Retrospective,
}
