import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateWisdomDto, UpdateWisdomDto, WisdomQueryDto, type WisdomRegistrationView } from '@elderwork/contracts';
import { PersonLevel } from '../../auth/access.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { WisdomService } from './wisdom.service';

@ApiTags('occupations')
@ApiBearerAuth()
@PersonLevel()
@Controller('wisdom')
export class WisdomController {
  constructor(private readonly wisdom: WisdomService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: WisdomQueryDto): Promise<{ items: WisdomRegistrationView[]; total: number }> {
    return this.wisdom.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateWisdomDto): Promise<WisdomRegistrationView> {
    return this.wisdom.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<WisdomRegistrationView> {
    return this.wisdom.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateWisdomDto): Promise<WisdomRegistrationView> {
    return this.wisdom.update(ctx, id, dto);
  }
}
