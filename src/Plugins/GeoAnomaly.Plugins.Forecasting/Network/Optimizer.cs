namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>How the <c>neural-network</c> model minimises its loss; both are full-batch and deterministic.</summary>
public enum Optimizer
{
    /// <summary>Limited-memory BFGS (MathNet.Numerics <c>LimitedMemoryBfgsMinimizer</c>, weak Wolfe line search).</summary>
    Lbfgs,

    /// <summary>Adam (Kingma &amp; Ba 2015; β₁ 0.9, β₂ 0.999, ε 1e-8) on the full-batch gradient.</summary>
    Adam,
}
