using GeoAnomaly.Plugins.Barometric;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed class LeastSquaresSolverTests
{
    [Fact]
    public void Full_rank_equations_give_the_QR_least_squares_solution()
    {
        // Given: 500 rows of 6 regressors on very different scales, with noise
        var random = new Random(3);
        var x = Matrix<double>.Build.Dense(500, 6, (i, j) => Math.Pow(10, -j) * (random.NextDouble() - 0.5 + (j == 5 ? 3 : 0)));
        var y = Vector<double>.Build.Dense(500, i => x.Row(i).Sum() + (0.01 * (random.NextDouble() - 0.5)));
        var equations = Accumulate(x, y);
        double[] solution = new double[6];

        // When
        bool solved = LeastSquaresSolver.Solve(equations, solution, 6, out bool identified);

        // Then: the same as MathNet's QR on the design matrix itself
        var expected = x.QR().Solve(y);
        Assert.True(solved);
        Assert.True(identified);
        for (int j = 0; j < 6; j++)
        {
            Assert.Equal(expected[j], solution[j], Math.Abs(expected[j]) * 1e-8);
        }
    }

    [Fact]
    public void A_zero_regressor_gets_coefficient_zero_and_is_reported_unidentified()
    {
        // Given: regressor 0 is always zero (pressure that never changes), regressor 1 explains y
        var random = new Random(4);
        var x = Matrix<double>.Build.Dense(200, 2, (i, j) => j == 0 ? 0 : random.NextDouble());
        var y = x.Column(1) * 2.5;
        double[] solution = new double[2];

        // When
        bool solved = LeastSquaresSolver.Solve(Accumulate(x, y), solution, 1, out bool identified);

        // Then
        Assert.True(solved);
        Assert.False(identified);
        Assert.Equal(0, solution[0]);
        Assert.Equal(2.5, solution[1], 1e-12);
    }

    [Fact]
    public void Duplicate_nuisance_regressors_share_nothing_and_leave_the_leading_coefficient_exact()
    {
        // Given: regressor 0 is the one of interest; 1 and 2 are the same column (collinear nuisances)
        var random = new Random(5);
        var x = Matrix<double>.Build.Dense(300, 3, (i, j) => j == 0 ? random.NextDouble() : Math.Cos(i * 0.1));
        var y = Vector<double>.Build.Dense(300, i => (0.7 * x[i, 0]) + (2 * x[i, 1]));
        double[] solution = new double[3];

        // When
        bool solved = LeastSquaresSolver.Solve(Accumulate(x, y), solution, 1, out bool identified);

        // Then: one duplicate is dropped, the fitted span is the same
        Assert.True(solved);
        Assert.True(identified);
        Assert.Equal(0.7, solution[0], 1e-10);
        Assert.Equal(2, solution[1] + solution[2], 1e-10);
        Assert.Contains(0.0, solution);
    }

    [Fact]
    public void Empty_equations_are_not_solved()
    {
        // Given
        var equations = new NormalEquations(3);
        double[] solution = [1, 1, 1];

        // When
        bool solved = LeastSquaresSolver.Solve(equations, solution, 2, out bool identified);

        // Then
        Assert.False(solved);
        Assert.False(identified);
        Assert.All(solution, v => Assert.Equal(0, v));
    }

    private static NormalEquations Accumulate(Matrix<double> x, Vector<double> y)
    {
        var equations = new NormalEquations(x.ColumnCount);
        for (int i = 0; i < x.RowCount; i++)
        {
            equations.Add(x.Row(i).ToArray(), y[i]);
        }

        return equations;
    }
}
