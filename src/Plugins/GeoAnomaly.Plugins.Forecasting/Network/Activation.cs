namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>Activation of the hidden units of the <c>neural-network</c> model.</summary>
public enum Activation
{
    /// <summary>Hyperbolic tangent, tanh(z) (the classic choice for small networks, as in Reyes et al. 2013).</summary>
    Tanh,

    /// <summary>Rectified linear unit, max(0, z).</summary>
    Relu,
}

/// <summary>Values and derivatives of <see cref="Activation"/>.</summary>
internal static class ActivationFunctions
{
    /// <summary>The activation of <paramref name="z"/>.</summary>
    /// <param name="activation">Which function.</param>
    /// <param name="z">The unit's input.</param>
    public static double Apply(this Activation activation, double z) => activation == Activation.Tanh ? Math.Tanh(z) : Math.Max(0, z);

    /// <summary>The derivative, written in terms of the unit's output <paramref name="a"/> = f(z).</summary>
    /// <param name="activation">Which function.</param>
    /// <param name="a">The unit's output.</param>
    public static double DerivativeFromOutput(this Activation activation, double a) => activation == Activation.Tanh ? 1 - (a * a) : (a > 0 ? 1 : 0);
}
