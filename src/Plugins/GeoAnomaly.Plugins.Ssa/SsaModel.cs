namespace GeoAnomaly.Plugins.Ssa;

/// <summary>A fitted SSA forecasting model: the signal subspace and the linear recurrence that continues it.</summary>
/// <remarks>
/// The rows of <see cref="Vectors"/> are the first <see cref="Rank"/> left singular vectors <c>u₁..uᵣ</c> of the
/// trajectory matrix (each <see cref="Window"/> long). The recurrence is
/// <c>x̂ₜ = Σⱼ αⱼ x̃ₜ₋ₗ₊₁₊ⱼ</c> (j = 0..L-2, oldest first) with <c>α = Σᵢ πᵢ uᵢ^∇ / (1 - ν²)</c>, where <c>πᵢ</c> is the
/// last component of <c>uᵢ</c>, <c>uᵢ^∇</c> the others and <c>ν² = Σᵢ πᵢ²</c> (Golyandina, Nekrutkin and Zhigljavsky,
/// "Analysis of Time Series Structure: SSA and Related Techniques", 2001, ch. 2).
/// The arrays are sized for the configured window once and reused; a fit may use a smaller window.
/// </remarks>
internal sealed class SsaModel
{
    public SsaModel(int maxWindow)
    {
        Vectors = new double[maxWindow * maxWindow];
        Alpha = new double[maxWindow - 1];
    }

    /// <summary>Embedding window L of this fit (the configured one, or smaller when ML.NET's rule reduced it).</summary>
    public int Window { get; set; }

    /// <summary>Number of singular vectors in the signal subspace.</summary>
    public int Rank { get; set; }

    /// <summary>Singular vector i is <c>Vectors[(i * Window)..((i + 1) * Window)]</c>.</summary>
    public double[] Vectors { get; }

    /// <summary>Recurrence coefficients, <c>Window - 1</c> of them, oldest sample first.</summary>
    public double[] Alpha { get; }

    /// <summary>True when the fit fell back to the averaging model (rank 1, <c>u = 1/√L</c>), as ML.NET does when the
    /// decomposition fails or the data are degenerate.</summary>
    public bool IsNaive { get; set; }
}
