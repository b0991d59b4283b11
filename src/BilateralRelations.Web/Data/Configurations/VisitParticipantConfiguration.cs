using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class VisitParticipantConfiguration : IEntityTypeConfiguration<VisitParticipant>
{
    public void Configure(EntityTypeBuilder<VisitParticipant> builder)
    {
        builder.HasIndex(p => new { p.VisitId, p.Position }).IsUnique();
        builder.HasOne(p => p.Person).WithMany(p => p.Visits).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
