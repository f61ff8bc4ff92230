namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>The valid samples of one block of time, reduced to a square matrix with the same least-squares content:
/// the triangular factor R of the QR decomposition of the block's rows <c>[design | observation]</c>.</summary>
/// <param name="R">Column-major, columns × columns, upper triangular.</param>
/// <param name="ValidCount">Valid samples the block had.</param>
/// <param name="FirstHours">Time of the first valid sample, hours after J2000.0.</param>
/// <param name="LastHours">Time of the last valid sample, hours after J2000.0.</param>
/// <param name="OriginHours">Origin of the block's polynomial variable, hours after J2000.0.</param>
/// <remarks>
/// <para>For rows X (design with the observation appended) and any orthogonal Q, ‖Xβ‖ = ‖QᵀXβ‖, so stacking the R
/// factors of several blocks and factoring again gives the R factor of all their rows together (tall-skinny QR,
/// <see cref="TriangularFactor"/>). The observations never go through normal equations, so the fit keeps the accuracy
/// of a QR solve of the full design.</para>
/// </remarks>
internal sealed record CompressedBlock(double[] R, int ValidCount, double FirstHours, double LastHours, double OriginHours);
