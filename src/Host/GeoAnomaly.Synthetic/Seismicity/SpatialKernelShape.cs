namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>Shape of the isotropic spatial kernel that places an aftershock around its parent's epicentre.</summary>
/// <remarks>See <see cref="SpatialKernel"/> for the densities and how distances are drawn.</remarks>
internal enum SpatialKernelShape
{
    /// <summary>Power law f(r) = (q − 1)/(π d²)·(1 + r²/d²)^(−q) (Ogata 1998, model 5 without magnitude scaling).</summary>
    PowerLaw = 0,

    /// <summary>Gaussian f(r) = exp(−r²/(2d²))/(2π d²) (Ogata 1998, model 2 without magnitude scaling): distances are Rayleigh with σ = d.</summary>
    Gaussian = 1,
}
