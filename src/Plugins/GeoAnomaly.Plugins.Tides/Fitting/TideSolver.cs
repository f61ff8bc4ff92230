using GeoAnomaly.Plugins.Tides.Astronomy;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>Solves the tidal least-squares problem from the R factor of <c>[design | observation]</c>: selects the
/// constituents the data resolve, ties the unresolved ones by inference, solves by SVD, and reports the constants.</summary>
/// <remarks>
/// <para>With R = [[R₁₁, r], [0, ρ]] the factor of all rows, ‖Xβ − y‖² = ‖R₁₁β − r‖² + ρ². Dropping and inference are a
/// linear map β = Cγ from the free parameters γ (polynomial, and a cosine/sine pair per fitted constituent): a dropped
/// constituent's rows of C are zero; an inferred constituent j tied to r has (a_j + i·b_j) = ρ_jr·e^(iψ_jr)·(a_r + i·b_r),
/// with ρ_jr = (H⁰_j·f_j)/(H⁰_r·f_r) (H⁰ equilibrium amplitudes, f nodal factors) and ψ_jr = (V₀,r + u_r) − (V₀,j + u_j)
/// (V₀ the equilibrium argument at J2000.0, u the nodal angle), which is "same Greenwich phase lag" written for the
/// epoch coefficients. γ = argmin ‖R₁₁Cγ − r‖ is solved with MathNet's SVD. If the condition number of R₁₁C exceeds
/// <see cref="MaxCondition"/> (data bunched in a few clusters can defeat the Rayleigh test), the parameter group that
/// weighs most in the worst-determined direction (the right singular vector of the smallest singular value) is given
/// up: a constituent (it is then inferred or dropped like an unresolved one) or the highest polynomial degree; and the
/// problem is solved again. If only the constant is left and it is still ill-conditioned, there is no fit.</para>
/// </remarks>
internal sealed class TideSolver
{
    /// <summary>Largest condition number accepted for the solved design. The columns are of order one and a fit the
    /// Rayleigh test passes has a condition number of 3 to 4 on gap-free data (measured on a 30-day span and a
    /// half-year record); 100 tolerates heavy gaps while keeping the worst-determined combination of parameters within
    /// 30 times the precision of the best.</summary>
    public const double MaxCondition = 100;

    private readonly TideModelSettings _settings;
    private readonly DesignRow _layout;
    private readonly ConstituentSelection _selection;
    private readonly double[] _argumentsAtEpoch;

    /// <summary>Creates a solver for <paramref name="settings"/>.</summary>
    /// <param name="settings">The model.</param>
    public TideSolver(TideModelSettings settings)
    {
        _settings = settings;
        _layout = new DesignRow(settings);
        _selection = new ConstituentSelection(settings);
        _argumentsAtEpoch = [.. settings.Constituents.Select(c => c.Argument(0.0))];
    }

    /// <summary>The column layout.</summary>
    public DesignRow Layout => _layout;

    /// <summary>The fit, or null when the data support none.</summary>
    /// <param name="r">Square R factor of the rows <c>[design | observation]</c> (<see cref="DesignRow.Count"/> + 1 columns).</param>
    /// <param name="extentHours">From the first to the last valid sample plus one step, hours.</param>
    /// <param name="centerHours">Middle of the valid data, hours after J2000.0 (nodal corrections are taken there).</param>
    /// <param name="validCount">Valid samples behind <paramref name="r"/>.</param>
    public TideFit? Solve(Matrix<double> r, double extentHours, double centerHours, int validCount)
    {
        int p = _layout.Count;
        int k = _layout.ConstituentCount;
        var r11 = r.SubMatrix(0, p, 0, p);
        var rhs = r.Column(p, 0, p);
        var nodal = _settings.Constituents.Select(c => NodalCorrections.At(c, centerHours)).ToArray();
        var roles = new ConstituentRole[k];
        int[] references = new int[k];
        var excluded = new HashSet<int>();
        int degree = _settings.TrendDegree;
        while (true)
        {
            _selection.Select(extentHours, excluded, roles, references);
            var c = Constraints(roles, references, nodal, degree, out int[] freeColumnOf);
            var design = r11 * c;
            var svd = design.Svd(computeVectors: true);
            double condition = svd.ConditionNumber;
            if (double.IsFinite(condition) && condition <= MaxCondition)
            {
                var beta = c * svd.Solve(rhs);
                return Report(beta, roles, references, nodal, condition, validCount, degree);
            }

            if (!double.IsFinite(condition) || !GiveUpOne(svd.VT.Row(svd.VT.RowCount - 1), roles, freeColumnOf, excluded, ref degree))
            {
                return null;
            }
        }
    }

    /// <summary>Gives up the parameter group that weighs most in the direction the data determine worst (the right
    /// singular vector of the smallest singular value): the highest polynomial degree above 0, or one constituent.
    /// False when only the constant is left.</summary>
    private bool GiveUpOne(Vector<double> weakest, ConstituentRole[] roles, int[] freeColumnOf, HashSet<int> excluded, ref int degree)
    {
        double polynomial = 0;
        for (int i = 1; i <= degree; i++)
        {
            polynomial += weakest[i] * weakest[i];
        }

        int victim = -1;
        double heaviest = polynomial;
        foreach (int j in _selection.Priority)
        {
            if (roles[j] == ConstituentRole.Fitted)
            {
                int column = freeColumnOf[j];
                double weight = (weakest[column] * weakest[column]) + (weakest[column + 1] * weakest[column + 1]);
                if (weight >= heaviest)
                {
                    victim = j;
                    heaviest = weight;
                }
            }
        }

        if (victim >= 0)
        {
            excluded.Add(victim);
            return true;
        }

        if (degree > 0)
        {
            degree--;
            return true;
        }

        return false;
    }

    /// <summary>The map C from free parameters to design coefficients: polynomial terms up to <paramref name="degree"/>
    /// (higher ones fixed at 0), then a cosine/sine pair per fitted constituent.</summary>
    private Matrix<double> Constraints(ConstituentRole[] roles, int[] references, (double F, double U)[] nodal, int degree, out int[] freeColumnOf)
    {
        int k = _layout.ConstituentCount;
        freeColumnOf = new int[k];
        int free = degree + 1;
        for (int j = 0; j < k; j++)
        {
            freeColumnOf[j] = roles[j] == ConstituentRole.Fitted ? free : -1;
            free += roles[j] == ConstituentRole.Fitted ? 2 : 0;
        }

        var c = Matrix<double>.Build.Dense(_layout.Count, free);
        for (int i = 0; i <= degree; i++)
        {
            c[i, i] = 1.0;
        }

        for (int j = 0; j < k; j++)
        {
            int row = _layout.CosineColumn(j);
            if (roles[j] == ConstituentRole.Fitted)
            {
                c[row, freeColumnOf[j]] = 1.0;
                c[row + 1, freeColumnOf[j] + 1] = 1.0;
            }
            else if (roles[j] == ConstituentRole.Inferred)
            {
                int reference = references[j];
                var (ratio, angle) = Tie(j, reference, nodal);
                int column = freeColumnOf[reference];
                double cos = ratio * Math.Cos(angle);
                double sin = ratio * Math.Sin(angle);
                c[row, column] = cos;
                c[row, column + 1] = -sin;
                c[row + 1, column] = sin;
                c[row + 1, column + 1] = cos;
            }
        }

        return c;
    }

    /// <summary>Amplitude ratio and phase difference (radians) of constituent <paramref name="j"/> to its reference.</summary>
    private (double Ratio, double Angle) Tie(int j, int reference, (double F, double U)[] nodal)
    {
        var constituents = _settings.Constituents;
        double ratio = constituents[j].EquilibriumAmplitude * nodal[j].F / (constituents[reference].EquilibriumAmplitude * nodal[reference].F);
        double degrees = _argumentsAtEpoch[reference] + nodal[reference].U - (_argumentsAtEpoch[j] + nodal[j].U);
        return (ratio, degrees * Math.PI / 180.0);
    }

    private TideFit Report(Vector<double> beta, ConstituentRole[] roles, int[] references, (double F, double U)[] nodal, double condition, int validCount, int degree)
    {
        int k = _layout.ConstituentCount;
        double[] harmonics = new double[2 * k];
        double[] amplitudes = new double[k];
        double[] phases = new double[k];
        for (int j = 0; j < k; j++)
        {
            double a = beta[_layout.CosineColumn(j)];
            double b = beta[_layout.CosineColumn(j) + 1];
            harmonics[2 * j] = a;
            harmonics[(2 * j) + 1] = b;
            if (roles[j] == ConstituentRole.Dropped)
            {
                amplitudes[j] = double.NaN;
                phases[j] = double.NaN;
                continue;
            }

            double amplitude = Math.Sqrt((a * a) + (b * b));
            double phase = Math.Atan2(b, a) * 180.0 / Math.PI;
            if (_settings.Phases == TidePhaseConvention.Greenwich)
            {
                amplitude /= nodal[j].F;
                phase += _argumentsAtEpoch[j] + nodal[j].U;
            }

            amplitudes[j] = amplitude;
            phases[j] = AstronomicalArguments.Reduce(phase);
        }

        return new TideFit(harmonics, amplitudes, phases, (ConstituentRole[])roles.Clone(), (int[])references.Clone(), condition, validCount, degree);
    }
}
